//! A result packed for JavaScript: a flat list of operations, the numbers,
//! every text one after another in UTF-16, and the field and variant names, which
//! `unpack.js` (beside the wasm glue) turns back into plain objects.
//!
//! Handing a `Report` over value by value (serde-wasm-bindgen) crossed from
//! wasm to JavaScript for every object, key and string: for Baoding 2025, 973
//! objects, 4,762 keys and 1,880 strings each decoded on its own, a fifth of a
//! `parse` call in wasm. Packed, the whole result crosses in four arguments
//! (three typed-array views and a string) and JavaScript builds the objects.
//!
//! The values are those serde-wasm-bindgen gave with `serialize_missing_as_null`:
//! `None` and `()` are `null`, numbers are numbers, an enum's unit variant is
//! its name, a newtype or struct variant `{ "Name": … }`. Maps and byte strings
//! do not occur in zhibiao's results and are refused.

use rustc_hash::FxHashMap;
use serde::ser::{self, Serialize};
use std::fmt;

/// Operations of the packed form; `unpack.js` holds the same numbers.
pub mod op {
    /// `null`.
    pub const NULL: u32 = 0;
    /// `true`.
    pub const TRUE: u32 = 1;
    /// `false`.
    pub const FALSE: u32 = 2;
    /// The next of the numbers.
    pub const NUMBER: u32 = 3;
    /// A string: `strings.slice(start, start + len)`, in UTF-16 units; two operands.
    pub const STRING: u32 = 4;
    /// The name with the index of the next operand (an enum's unit variant).
    pub const NAME: u32 = 5;
    /// An array: the count, then as many values.
    pub const ARRAY: u32 = 6;
    /// An object: the count, then as many pairs of a name index and a value.
    pub const OBJECT: u32 = 7;
}

/// A value in packed form.
#[derive(Debug)]
pub struct Packed {
    /// Operations and their operands.
    pub ops: Vec<u32>,
    /// The numbers, in order.
    pub numbers: Vec<f64>,
    /// Every string of the value, one after another, in UTF-16: JavaScript
    /// reads them as they are (a UTF-8 decoder took 2–3 % of a parse in Node).
    pub strings: Vec<u16>,
    /// Field and variant names, each followed by a line break.
    pub names: String,
    /// The index of each name so far, by its address and length: names are
    /// static strings, so the same name is the same address (or, at worst, listed twice).
    name_ids: FxHashMap<(usize, usize), u32>,
    /// The last name seen at each slot of its address, `(address, length, index)`: most keys are found
    /// here without hashing (the look-up was 2 % of a parse in wasm).
    recent: [(usize, usize, u32); RECENT],
}

/// Slots of [`Packed::recent`]: 2^8, for the ~80 names of a report (with 64 slots and a hash of
/// shifted addresses, 509 of Baoding's 4,762 keys missed the slots and went to the map; now 137).
const RECENT_BITS: u32 = 8;
const RECENT: usize = 1 << RECENT_BITS;

impl Default for Packed {
    fn default() -> Self {
        Packed {
            ops: Vec::new(),
            numbers: Vec::new(),
            strings: Vec::new(),
            names: String::new(),
            name_ids: FxHashMap::default(),
            // No name is at address 0.
            recent: [(0, 0, 0); RECENT],
        }
    }
}

/// Why a value cannot be packed.
#[derive(Debug)]
pub struct Unsupported(String);

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Unsupported(msg.to_string())
    }
}

/// Packs `value`.
pub fn pack<T: Serialize + ?Sized>(value: &T) -> Result<Packed, Unsupported> {
    let mut p = Packed::default();
    value.serialize(&mut p)?;
    Ok(p)
}

impl Packed {
    fn number(&mut self, n: f64) {
        self.ops.push(op::NUMBER);
        self.numbers.push(n);
    }

    fn string(&mut self, s: &str) {
        let start = self.strings.len() as u32;
        // A string has no more UTF-16 units than UTF-8 bytes.
        self.strings.reserve(s.len());
        self.strings.extend(s.encode_utf16());
        self.ops.extend([op::STRING, start, self.strings.len() as u32 - start]);
    }

    /// The index of `name` among the names, added when new.
    fn name(&mut self, name: &'static str) -> u32 {
        let key = (name.as_ptr() as usize, name.len());
        // Fibonacci hashing of the address and length: the slot is the product's top bits.
        let slot =
            ((key.0 as u64 ^ (key.1 as u64) << 40).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - RECENT_BITS)) as usize;
        let (at, len, id) = self.recent[slot];
        if (at, len) == key {
            return id;
        }
        let next = self.name_ids.len() as u32;
        let id = *self.name_ids.entry(key).or_insert_with(|| {
            self.names.push_str(name);
            self.names.push('\n');
            next
        });
        self.recent[slot] = (key.0, key.1, id);
        id
    }

    /// Opens an array or an object whose count is written when it closes.
    fn open(&mut self, kind: u32) -> Compound<'_> {
        self.ops.extend([kind, 0]);
        let slot = self.ops.len() - 1;
        Compound { p: self, slot, count: 0 }
    }

    /// Opens `{ "variant": … }` around what follows.
    fn variant(&mut self, variant: &'static str) {
        let k = self.name(variant);
        self.ops.extend([op::OBJECT, 1, k]);
    }
}

/// An array or object being written.
pub struct Compound<'a> {
    p: &'a mut Packed,
    slot: usize,
    count: u32,
}

impl Compound<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        value.serialize(&mut *self.p)?;
        self.count += 1;
        Ok(())
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Unsupported> {
        let k = self.p.name(key);
        self.p.ops.push(k);
        self.element(value)
    }

    fn close(self) -> Result<(), Unsupported> {
        self.p.ops[self.slot] = self.count;
        Ok(())
    }
}

/// A number, whatever its Rust type, is a JavaScript number (an `f64`).
macro_rules! numbers {
    ($($method:ident: $t:ty),*) => {$(
        fn $method(self, v: $t) -> Result<(), Unsupported> {
            self.number(v as f64);
            Ok(())
        }
    )*};
}

/// The serde traits of a compound: `compounds!(Trait::method, …)` for elements,
/// `compounds!(fields: Trait, …)` for named fields.
macro_rules! compounds {
    ($($t:ident::$method:ident),*) => {$(
        impl ser::$t for Compound<'_> {
            type Ok = ();
            type Error = Unsupported;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
                self.element(value)
            }
            fn end(self) -> Result<(), Unsupported> {
                self.close()
            }
        }
    )*};
    (fields: $($t:ident),*) => {$(
        impl ser::$t for Compound<'_> {
            type Ok = ();
            type Error = Unsupported;
            fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Unsupported> {
                self.field(key, value)
            }
            fn end(self) -> Result<(), Unsupported> {
                self.close()
            }
        }
    )*};
}

fn refused(what: &str) -> Unsupported {
    Unsupported(format!("{what} cannot be packed"))
}

impl<'a> ser::Serializer for &'a mut Packed {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = ser::Impossible<(), Unsupported>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Unsupported> {
        self.ops.push(if v { op::TRUE } else { op::FALSE });
        Ok(())
    }
    numbers!(
        serialize_i8: i8,
        serialize_i16: i16,
        serialize_i32: i32,
        serialize_i64: i64,
        serialize_u8: u8,
        serialize_u16: u16,
        serialize_u32: u32,
        serialize_u64: u64,
        serialize_f32: f32,
        serialize_f64: f64
    );
    fn serialize_char(self, v: char) -> Result<(), Unsupported> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Unsupported> {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Unsupported> {
        Err(refused("a byte string"))
    }
    fn serialize_none(self) -> Result<(), Unsupported> {
        self.ops.push(op::NULL);
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Unsupported> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Unsupported> {
        self.ops.push(op::NULL);
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Unsupported> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<(), Unsupported> {
        let k = self.name(variant);
        self.ops.extend([op::NAME, k]);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result<(), Unsupported> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        self.variant(variant);
        value.serialize(self)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Unsupported> {
        Ok(self.open(op::ARRAY))
    }
    fn serialize_tuple(self, _: usize) -> Result<Compound<'a>, Unsupported> {
        Ok(self.open(op::ARRAY))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Unsupported> {
        Ok(self.open(op::ARRAY))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Unsupported> {
        self.variant(variant);
        Ok(self.open(op::ARRAY))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Unsupported> {
        Err(refused("a map"))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Unsupported> {
        Ok(self.open(op::OBJECT))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Unsupported> {
        self.variant(variant);
        Ok(self.open(op::OBJECT))
    }
}

// The six kinds of compound serde knows, alike here: each element or field is written and counted.
compounds!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);
compounds!(fields: SerializeStruct, SerializeStructVariant);

#[cfg(test)]
mod tests {
    use super::{op, pack, Packed};
    use serde_json::{json, Map, Value};

    /// What `unpack.js` does, in Rust: the packed value back as JSON.
    fn unpack(p: &Packed) -> Value {
        let names: Vec<&str> = p.names.split('\n').collect();
        let units = &p.strings;
        let (mut at, mut number) = (0, 0);
        fn value(p: &Packed, names: &[&str], units: &[u16], at: &mut usize, number: &mut usize) -> Value {
            let mut next = || {
                *at += 1;
                p.ops[*at - 1] as usize
            };
            match next() as u32 {
                op::NULL => Value::Null,
                op::TRUE => Value::Bool(true),
                op::FALSE => Value::Bool(false),
                op::NUMBER => {
                    *number += 1;
                    json!(p.numbers[*number - 1])
                }
                op::STRING => {
                    let (start, len) = (next(), next());
                    Value::String(String::from_utf16_lossy(&units[start..start + len]))
                }
                op::NAME => Value::String(names[next()].to_string()),
                op::ARRAY => {
                    let n = next();
                    Value::Array((0..n).map(|_| value(p, names, units, at, number)).collect())
                }
                op::OBJECT => {
                    let n = next();
                    let mut m = Map::new();
                    for _ in 0..n {
                        let key = names[p.ops[*at] as usize].to_string();
                        *at += 1;
                        m.insert(key, value(p, names, units, at, number));
                    }
                    Value::Object(m)
                }
                other => panic!("operation {other}"),
            }
        }
        let v = value(p, &names, units, &mut at, &mut number);
        assert_eq!((at, number), (p.ops.len(), p.numbers.len()), "every operation and number read");
        v
    }

    /// serde_json's view of `value`, with every number as a float (as JavaScript has them).
    fn as_json<T: serde::Serialize>(value: &T) -> Value {
        fn floats(v: Value) -> Value {
            match v {
                Value::Number(n) => json!(n.as_f64()),
                Value::Array(a) => Value::Array(a.into_iter().map(floats).collect()),
                Value::Object(o) => Value::Object(o.into_iter().map(|(k, v)| (k, floats(v))).collect()),
                v => v,
            }
        }
        floats(serde_json::to_value(value).expect("serializable"))
    }

    #[test]
    fn seeds_unpack_to_what_serde_json_writes() {
        let options = crate::Options { include_normalized_text: true, include_quantities: true, ..Default::default() };
        for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../seeds")).expect("seeds") {
            let path = entry.expect("entry").path();
            if path.extension().is_none_or(|e| e != "txt") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("seed");
            let report = crate::parse(&text, &options);
            assert_eq!(unpack(&pack(&report).expect("packs")), as_json(&report), "{}", path.display());
            let n = crate::normalize(&text);
            assert_eq!(unpack(&pack(&n.runs()).expect("packs")), as_json(&n.runs()));
        }
    }

    #[test]
    fn strings_count_utf16_units_and_enums_give_names() {
        #[derive(serde::Serialize)]
        enum E {
            Unit,
            New(u8),
            Tuple(u8, bool),
            Struct { a: Option<u8> },
        }
        let v = ("𠀀增长", 'é', [E::Unit, E::New(1), E::Tuple(2, false), E::Struct { a: None }], ());
        let p = pack(&v).expect("packs");
        assert_eq!(p.ops[..6], [op::ARRAY, 4, op::STRING, 0, 4, op::STRING]);
        assert_eq!(
            unpack(&p),
            json!(["𠀀增长", "é", ["Unit", { "New": 1.0 }, { "Tuple": [2.0, false] }, { "Struct": { "a": null } }], null])
        );
        assert_eq!(p.names, "Unit\nNew\nTuple\nStruct\na\n");
    }

    #[test]
    fn unpack_js_reads_the_same_operations() {
        let line = format!(
            "const NULL = {}, TRUE = {}, FALSE = {}, NUMBER = {}, STRING = {}, NAME = {}, ARRAY = {}, OBJECT = {};",
            op::NULL,
            op::TRUE,
            op::FALSE,
            op::NUMBER,
            op::STRING,
            op::NAME,
            op::ARRAY,
            op::OBJECT
        );
        assert!(include_str!("unpack.js").contains(&line), "unpack.js must declare {line}");
    }

    #[test]
    fn maps_and_bytes_are_refused() {
        let map: std::collections::BTreeMap<&str, u8> = [("a", 1)].into();
        assert_eq!(pack(&map).expect_err("a map").to_string(), "a map cannot be packed");
        assert_eq!(pack(&Bytes).expect_err("bytes").to_string(), "a byte string cannot be packed");
    }

    struct Bytes;
    impl serde::Serialize for Bytes {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_bytes(b"ab")
        }
    }
}
