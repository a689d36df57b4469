import pytest


@pytest.fixture(autouse=True)
def _qt_application(qapp):
    """Documents and PDFs need Qt's application object; pytest-qt's is shared by the whole run."""
    return qapp
