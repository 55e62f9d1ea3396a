// init creates a project folder named after the schema, with generated and user files and a copy of the schema.
def dir = new File(basedir, 'counter')
['pdk.gen.h', 'pdk.gen.c', 'xtp4j-pdk.h', 'xtp4j-bindings.h', 'plugin.c', 'build.sh', 'xtp.toml', 'README.md',
 'schema.yaml'].each { assert new File(dir, it).isFile() : it }
assert new File(dir, 'schema.yaml').text == new File(basedir, 'counter.yaml').text
assert new File(dir, 'plugin.c').text.contains('return xtp_fail("countVowels is not implemented yet");')
assert new File(dir, 'xtp.toml').text.contains('bin = "counter.wasm"')
def log = new File(basedir, 'build.log').text
assert log.contains('xtp: project counter (c): 9 files written, 0 files up to date in ')

// With clang on the PATH, the new project builds as it is (stubs included, -Wall -Wextra -Werror).
def clang = System.getenv('PATH').split(File.pathSeparator).any { new File(it, 'clang').canExecute() }
if (clang) {
    def build = ['sh', 'build.sh'].execute(null, dir)
    def output = new StringBuilder()
    build.consumeProcessOutput(output, output)
    assert build.waitFor() == 0 : output
    assert new File(dir, 'counter.wasm').length() > 0
}
return true
