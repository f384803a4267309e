// Builds a result of zhibiao from its packed form (crate/src/pack.rs): the wasm hands over the operations,
// the numbers and all strings (in UTF-16) as views of its memory, and the field and variant names; the objects
// are made here, in JavaScript, instead of one call from wasm per object, key and string.
// The operation numbers are those of `pack::op`.
const NULL = 0, TRUE = 1, FALSE = 2, NUMBER = 3, STRING = 4, NAME = 5, ARRAY = 6, OBJECT = 7;

// The strings come as UTF-16, as JavaScript holds them: decoding them is a copy.
const utf16 = new TextDecoder('utf-16le');

export function unpack(ops, numbers, units, nameList) {
  const strings = utf16.decode(units);
  const names = nameList.split('\n');
  let at = 0;
  let number = 0;
  const value = () => {
    switch (ops[at++]) {
      case NULL: return null;
      case TRUE: return true;
      case FALSE: return false;
      case NUMBER: return numbers[number++];
      case STRING: {
        const start = ops[at++];
        return strings.slice(start, start + ops[at++]);
      }
      case NAME: return names[ops[at++]];
      case ARRAY: {
        const out = []; // grown by push, so that V8 keeps it a packed array
        for (let n = ops[at++]; n > 0; n--) out.push(value());
        return out;
      }
      case OBJECT: {
        const out = {};
        for (let n = ops[at++]; n > 0; n--) {
          const key = names[ops[at++]];
          out[key] = value();
        }
        return out;
      }
      default: throw new Error(`zhibiao: cannot unpack the result (operation ${ops[at - 1]} at ${at - 1})`);
    }
  };
  return value();
}
