// The second execution finds every file up to date and writes nothing.
def log = new File(basedir, 'build.log').text
def first = log.indexOf('(first)')
def second = log.indexOf('(second)')
assert first >= 0 && second > first
assert log.indexOf('xtp: target c: 4 files written, 0 files up to date in ', first) in first..second
assert log.indexOf('xtp: target c: 4 files up to date in ', second) > second
assert log.contains(', nothing written')
assert new File(basedir, 'generated/pdk.gen.h').isFile()
return true
