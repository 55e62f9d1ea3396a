// generate writes the generated files of the c target (not the user files of init) into the default folder.
def out = new File(basedir, 'target/generated-sources/xtp')
['pdk.gen.h', 'pdk.gen.c', 'xtp4j-pdk.h', 'xtp4j-bindings.h'].each { assert new File(out, it).isFile() : it }
['plugin.c', 'build.sh', 'README.md', 'schema.yaml'].each { assert !new File(out, it).exists() : it }
def header = new File(out, 'pdk.gen.h').text
assert header.contains('DO NOT EDIT')
assert header.contains('int32_t impl_countVowels(const xtp_string *input, Report *output);')
def log = new File(basedir, 'build.log').text
assert log.contains('xtp: target c: 4 files written, 0 files up to date in ')
return true
