import shutil

import pytest

from .servers import collected_static


@pytest.fixture(scope="session")
def static_root():
    folder = collected_static()
    yield folder
    shutil.rmtree(folder, ignore_errors=True)
