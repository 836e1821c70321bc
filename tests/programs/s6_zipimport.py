# needs: stdlib
# Modules and packages imported from a zip file on sys.path, through
# zipimport.zipimporter, which start-up puts first in sys.path_hooks.
import os
import sys
import tempfile
import zipfile
import zipimport

with tempfile.TemporaryDirectory(prefix="s6zip") as d:
    archive = os.path.join(d, "bundle.zip")
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("zmod_s6.py", "VALUE = 6 * 7\ndef where():\n    return __name__\n")
        z.writestr("zpkg_s6/__init__.py", "from . import inner\nNAME = 'pkg'\n")
        z.writestr("zpkg_s6/inner.py", "DATA = [1, 2, 3]\n")
        z.writestr("zpkg_s6/notes.txt", "resource text\n")
    print(zipimport.zipimporter in sys.path_hooks, sys.path_hooks[0] is zipimport.zipimporter)
    sys.path.insert(0, archive)
    try:
        import zmod_s6
        import zpkg_s6
        print(zmod_s6.VALUE, zmod_s6.where())
        print(type(zmod_s6.__loader__).__name__, zmod_s6.__file__ == os.path.join(archive, "zmod_s6.py"))
        print(zpkg_s6.NAME, zpkg_s6.inner.DATA, zpkg_s6.__path__ == [os.path.join(archive, "zpkg_s6")])
        print(zmod_s6.__spec__.origin == zmod_s6.__file__, zpkg_s6.__spec__.submodule_search_locations == zpkg_s6.__path__)
        print(zpkg_s6.__loader__.get_data(os.path.join(archive, "zpkg_s6", "notes.txt")))
        print(type(sys.path_importer_cache[archive]).__name__)
        try:
            import zmissing_s6
        except ModuleNotFoundError as e:
            print("ModuleNotFoundError", e)
    finally:
        sys.path.remove(archive)
        sys.path_importer_cache.pop(archive, None)
        for name in ("zmod_s6", "zpkg_s6", "zpkg_s6.inner"):
            sys.modules.pop(name, None)
