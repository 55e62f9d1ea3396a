;; A stand-in for the host function extism:host/user::hello, written as a wasm module so that the manifest
;; manifests/count-vowels-java.yaml can link it under the module name extism:host/user: then any Extism host (the
;; ./xtp command, which has no way to register host functions, included) can run the export call_hello.
;;
;; hello(name) returns a new block "Hello, <name>!". Like a host function, it leaves its argument to the caller.
;; The manifest holds this module's binary inline (base64); CountVowelsTest checks that it matches this source.
(module
  (import "extism:host/env" "alloc" (func $alloc (param i64) (result i64)))
  (import "extism:host/env" "length" (func $length (param i64) (result i64)))
  (import "extism:host/env" "load_u8" (func $load_u8 (param i64) (result i32)))
  (import "extism:host/env" "store_u8" (func $store_u8 (param i64 i32)))
  (memory 1)
  (data (i32.const 0) "Hello, ")
  (func (export "hello") (param $name i64) (result i64)
    (local $n i64)
    (local $out i64)
    (local $i i64)
    (local.set $n (call $length (local.get $name)))
    (local.set $out (call $alloc (i64.add (local.get $n) (i64.const 8))))
    ;; "Hello, " from this module's memory
    (block $prefix_done
      (loop $prefix
        (br_if $prefix_done (i64.ge_u (local.get $i) (i64.const 7)))
        (call $store_u8 (i64.add (local.get $out) (local.get $i))
                        (i32.load8_u (i32.wrap_i64 (local.get $i))))
        (local.set $i (i64.add (local.get $i) (i64.const 1)))
        (br $prefix)))
    ;; the name, from the argument block
    (local.set $i (i64.const 0))
    (block $name_done
      (loop $name
        (br_if $name_done (i64.ge_u (local.get $i) (local.get $n)))
        (call $store_u8 (i64.add (local.get $out) (i64.add (local.get $i) (i64.const 7)))
                        (call $load_u8 (i64.add (local.get $name) (local.get $i))))
        (local.set $i (i64.add (local.get $i) (i64.const 1)))
        (br $name)))
    (call $store_u8 (i64.add (local.get $out) (i64.add (local.get $n) (i64.const 7))) (i32.const 33)) ;; "!"
    (local.get $out)))
