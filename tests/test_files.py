"""The one file writer: owner-only, checked, synced, never over an existing name unless asked, never over a
device, a folder or a link to one, and nothing half-written after a failure."""

import errno
import os
import stat
import sys

import pytest

from painlog import files
from painlog.files import FileExistsRefusedError, FileWriteError, write_bytes, write_file

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs, umask and symlinks as on POSIX")


@pytest.fixture
def umask_000():
    old = os.umask(0)
    yield
    os.umask(old)


def names(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@posix_only
def test_a_file_is_owner_only_whatever_the_umask(tmp_path, umask_000):
    out = write_bytes(tmp_path / "a.json", b"{}\n")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_bytes() == b"{}\n"
    assert names(tmp_path) == ["a.json"]  # no temporary file left beside it


def test_an_existing_file_is_kept_unless_replacing_was_asked_for(tmp_path):
    out = tmp_path / "a.json"
    out.write_bytes(b"the person's file")
    with pytest.raises(FileExistsRefusedError, match="already exists, so painlog left it unchanged"):
        write_bytes(out, b"new")
    assert out.read_bytes() == b"the person's file"
    write_bytes(out, b"new", replace=True)
    assert out.read_bytes() == b"new"
    assert names(tmp_path) == ["a.json"]


def test_unique_takes_the_next_free_number_and_replaces_nothing(tmp_path):
    out = tmp_path / "diary-manual-20261124-093000.sqlite"
    first = write_bytes(out, b"1", unique=True)
    second = write_bytes(out, b"2", unique=True)
    third = write_bytes(out, b"3", unique=True)
    assert [first.name, second.name, third.name] == [
        "diary-manual-20261124-093000.sqlite",
        "diary-manual-20261124-093000-2.sqlite",
        "diary-manual-20261124-093000-3.sqlite",
    ]
    assert [p.read_bytes() for p in (first, second, third)] == [b"1", b"2", b"3"]


@posix_only
@pytest.mark.parametrize("replace", [False, True])
def test_something_that_is_not_a_regular_file_is_never_written_over(tmp_path, replace):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    folder = tmp_path / "folder"
    folder.mkdir()
    link_to_folder = tmp_path / "link"
    link_to_folder.symlink_to(folder)
    dangling = tmp_path / "dangling"
    dangling.symlink_to(tmp_path / "nowhere")
    for target, what in ((fifo, "a device or other special file"), (folder, "a folder"),
                         (link_to_folder, "a folder"), (dangling, "a link to nothing")):  # fmt: skip
        with pytest.raises(FileWriteError, match=f"is {what}, not a file, so painlog did not write to it"):
            write_bytes(target, b"x", replace=replace)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert os.path.islink(link_to_folder) and os.path.islink(dangling) and list(folder.iterdir()) == []
    assert names(tmp_path) == ["dangling", "folder", "link", "pipe"]


@posix_only
def test_replacing_through_a_link_to_a_file_keeps_the_link(tmp_path):
    real = tmp_path / "real.png"
    real.write_bytes(b"old")
    link = tmp_path / "chart.png"
    link.symlink_to(real)
    write_bytes(link, b"new", replace=True)
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_a_full_disk_part_way_leaves_the_old_file_and_no_partial_one(tmp_path, monkeypatch):
    out = tmp_path / "summary.pdf"
    out.write_bytes(b"%PDF-1.4 the good summary %%EOF")
    real_write = os.write
    written = []

    def nearly_full(fd, data):
        if sum(written) + len(data) > 1000:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(len(data))
        return real_write(fd, data[:300])  # short writes, as a real disk may do

    monkeypatch.setattr(files.os, "write", nearly_full)
    with pytest.raises(FileWriteError) as caught:
        write_bytes(out, b"x" * 5000, replace=True)
    assert str(caught.value) == (
        f"The disk is full, so {out} was not written and nothing was changed; free some space and try again."
    )
    assert out.read_bytes() == b"%PDF-1.4 the good summary %%EOF"
    assert names(tmp_path) == ["summary.pdf"]


def test_a_file_that_fails_its_check_is_not_put_in_place(tmp_path):
    out = tmp_path / "s.pdf"
    with pytest.raises(FileWriteError, match="came out incomplete"):
        write_file(out, lambda partial: partial.write_bytes(b"%PDF- cut short"), check=lambda p: False)
    assert names(tmp_path) == []


def test_the_file_and_then_its_folder_are_synced(tmp_path, monkeypatch):
    synced = []
    real_fsync = os.fsync

    def fsync(fd):
        synced.append(stat.S_ISDIR(os.fstat(fd).st_mode))
        real_fsync(fd)

    monkeypatch.setattr(files.os, "fsync", fsync)
    write_bytes(tmp_path / "a.json", b"{}")
    assert synced == ([False, True] if os.name == "posix" else [False])


def test_a_missing_folder_is_one_plain_sentence(tmp_path):
    with pytest.raises(FileWriteError) as caught:
        write_bytes(tmp_path / "missing" / "a.json", b"{}")
    assert str(caught.value) == (
        f"The folder {tmp_path / 'missing'} does not exist, so nothing was written; choose one that does."
    )
