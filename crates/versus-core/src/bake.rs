//! Bakes a dataset into Rust source: a `static` the WebAssembly build links
//! directly, so readers' browsers never parse TOML or JSON.
//!
//! Implemented as a serde `Serializer` that writes a Rust expression. It
//! relies on the model's conventions: every string is a `Text`, every list
//! a `List`, both `Cow<'static, _>`, and numbers are `f64`.

use std::fmt::Write;

use serde::ser::{self, Serialize};

use crate::model::Dataset;

/// A Rust expression of type `versus_core::model::Dataset` (the widget's
/// copy) that builds this dataset from `'static` data.
pub fn expression(dataset: &Dataset) -> String {
    dataset
        .serialize(RustExpr)
        .expect("the dataset model holds only baked shapes")
}

/// A shape of data the baker does not know how to write.
#[derive(Debug, thiserror::Error)]
#[error("cannot bake {0}")]
pub struct BakeError(String);

impl ser::Error for BakeError {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        BakeError(msg.to_string())
    }
}

type Result<T> = std::result::Result<T, BakeError>;

struct RustExpr;

/// A list or struct being written; `close` is appended at the end.
struct Compound {
    out: String,
    close: &'static str,
}

fn unsupported<T>(what: &str) -> Result<T> {
    Err(BakeError(what.to_string()))
}

impl ser::Serializer for RustExpr {
    type Ok = String;
    type Error = BakeError;
    type SerializeSeq = Compound;
    type SerializeTuple = Compound;
    type SerializeTupleStruct = Compound;
    type SerializeTupleVariant = ser::Impossible<String, BakeError>;
    type SerializeMap = ser::Impossible<String, BakeError>;
    type SerializeStruct = Compound;
    type SerializeStructVariant = ser::Impossible<String, BakeError>;

    fn serialize_bool(self, v: bool) -> Result<String> {
        Ok(v.to_string())
    }
    fn serialize_i8(self, _: i8) -> Result<String> {
        unsupported("i8")
    }
    fn serialize_i16(self, _: i16) -> Result<String> {
        unsupported("i16")
    }
    fn serialize_i32(self, _: i32) -> Result<String> {
        unsupported("i32")
    }
    fn serialize_i64(self, _: i64) -> Result<String> {
        unsupported("i64")
    }
    fn serialize_u8(self, _: u8) -> Result<String> {
        unsupported("u8")
    }
    fn serialize_u16(self, _: u16) -> Result<String> {
        unsupported("u16")
    }
    fn serialize_u32(self, _: u32) -> Result<String> {
        unsupported("u32")
    }
    fn serialize_u64(self, _: u64) -> Result<String> {
        unsupported("u64")
    }
    fn serialize_f32(self, _: f32) -> Result<String> {
        unsupported("f32")
    }
    fn serialize_f64(self, v: f64) -> Result<String> {
        if v.is_finite() {
            Ok(format!("{v:?}f64"))
        } else {
            unsupported("a number that is not finite")
        }
    }
    fn serialize_char(self, _: char) -> Result<String> {
        unsupported("char")
    }
    fn serialize_str(self, v: &str) -> Result<String> {
        Ok(format!("::std::borrow::Cow::Borrowed({v:?})"))
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<String> {
        unsupported("bytes")
    }
    fn serialize_none(self) -> Result<String> {
        Ok("::core::option::Option::None".into())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<String> {
        Ok(format!(
            "::core::option::Option::Some({})",
            value.serialize(RustExpr)?
        ))
    }
    fn serialize_unit(self) -> Result<String> {
        Ok("()".into())
    }
    fn serialize_unit_struct(self, name: &'static str) -> Result<String> {
        Ok(format!("::versus_core::model::{name}"))
    }
    fn serialize_unit_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<String> {
        Ok(format!("::versus_core::model::{name}::{variant}"))
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<String> {
        unsupported("newtype structs")
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<String> {
        unsupported("newtype variants")
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound> {
        Ok(Compound {
            out: "::std::borrow::Cow::Borrowed(&[".into(),
            close: "])",
        })
    }
    fn serialize_tuple(self, _: usize) -> Result<Compound> {
        Ok(Compound {
            out: "(".into(),
            close: ")",
        })
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Compound> {
        unsupported("tuple structs")
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        unsupported("tuple variants")
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap> {
        unsupported("maps (use a list of `Keyed` entries)")
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Compound> {
        Ok(Compound {
            out: format!("::versus_core::model::{name} {{"),
            close: "}",
        })
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant> {
        unsupported("struct variants")
    }
}

impl Compound {
    fn item<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        self.out.push_str(&value.serialize(RustExpr)?);
        self.out.push(',');
        Ok(())
    }
    fn finish(mut self) -> Result<String> {
        self.out.push_str(self.close);
        Ok(self.out)
    }
}

impl ser::SerializeSeq for Compound {
    type Ok = String;
    type Error = BakeError;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        self.item(value)
    }
    fn end(self) -> Result<String> {
        self.finish()
    }
}

impl ser::SerializeTuple for Compound {
    type Ok = String;
    type Error = BakeError;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        self.item(value)
    }
    fn end(self) -> Result<String> {
        self.finish()
    }
}

impl ser::SerializeTupleStruct for Compound {
    type Ok = String;
    type Error = BakeError;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        self.item(value)
    }
    fn end(self) -> Result<String> {
        self.finish()
    }
}

impl ser::SerializeStruct for Compound {
    type Ok = String;
    type Error = BakeError;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<()> {
        let _ = write!(self.out, "\n{key}: ");
        self.item(value)
    }
    fn end(self) -> Result<String> {
        self.finish()
    }
}
