// User files that exist are kept exactly; generated files are refreshed; missing files are added.
def dir = new File(basedir, 'demo')
assert new File(dir, 'plugin.c').text.startsWith('/* My plugin: init must never overwrite this file. */')
assert new File(dir, 'README.md').text == '# My notes (init must keep this file)\n'
assert new File(dir, 'pdk.gen.h').text.contains('int32_t impl_countVowels(const xtp_string *input, Report *output);')
assert new File(dir, 'build.sh').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('xtp: kept plugin.c (it exists and belongs to you)')
assert log.contains('xtp: kept README.md (it exists and belongs to you)')
assert log.contains('xtp: project demo (c): 7 files written, 0 files up to date in ')

def clang = System.getenv('PATH').split(File.pathSeparator).any { new File(it, 'clang').canExecute() }
if (clang) {
    def build = ['sh', 'build.sh'].execute(null, dir)
    def output = new StringBuilder()
    build.consumeProcessOutput(output, output)
    assert build.waitFor() == 0 : output
}
return true
