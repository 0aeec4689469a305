// Both runs must have reached the end; either one exiting non-zero has already failed the build.
def log = new File(basedir, 'build.log').text
assert log.contains('OK on the class path')
assert log.contains('OK on the module path')
assert log.contains('module org.lsppm.consumer')
assert !log.contains('SLF4J(W)')
