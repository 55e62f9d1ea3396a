// Schema errors fail the build, each shown as file:line:col with the validator's message.
def log = new File(basedir, 'build.log').text
assert log.contains('the XTP schema src/main/xtp/broken.yaml has 2 errors:')
assert log.contains('src/main/xtp/broken.yaml:6:15: error: Invalid format int33 for type integer. Valid formats are: '
        + '[uint8, int8, uint16, int16, uint32, int32, uint64, int64] (#/exports/count/input)')
assert log.contains('src/main/xtp/broken.yaml:9:13: error: Invalid $ref "#/components/schemas/Missing". Cannot find '
        + 'schema "Missing". Options are: [] (#/exports/count/output/$ref)')
assert !new File(basedir, 'target/generated-sources/xtp').exists()
return true
