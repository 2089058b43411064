"""Cold start (issue 15): the faster ways to the packaged data give exactly what the full load gives."""

from __future__ import annotations

import subprocess
import sys

from kzsocial._data import dataset, packaged_act
from kzsocial._datafile import packaged_folders
from kzsocial.registry import offices
from kzsocial.services import catalog


def test_each_act_alone_equals_its_part_of_the_dataset() -> None:
    names = [f.name for f in packaged_folders()]
    assert len(names) == 5
    for act_id in names:
        alone = packaged_act(act_id)
        assert alone is not None and packaged_act(act_id) is alone  # read once
        assert alone.acts == tuple(a for a in dataset().acts if a.id == act_id)
        assert alone.services == tuple(s for s in dataset().services if s.act_id == act_id)
        assert alone.offices == tuple(o for o in offices() if o.act_id == act_id)


def test_no_such_packaged_act() -> None:
    assert packaged_act("atlantis-1999") is None
    assert packaged_act("") is None


def test_the_cli_reads_one_act_for_one_service() -> None:
    code = (
        "import sys\nfrom kzsocial.cli._args import cli_service\n"
        "s = cli_service('zhambyl-2008/' + 'x')\n"
    )
    # an unknown service of a known act still gets the near misses of the whole catalogue
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode != 0 and "no service with id" in done.stderr
    code = (
        "import kzsocial._data\nfrom kzsocial.cli._args import cli_service\n"
        "def boom():\n    raise AssertionError('the whole dataset was read')\n"
        "kzsocial._data.dataset = boom\n"
        f"print(cli_service({catalog()[0].id!r}).id)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == catalog()[0].id


_RECORD = (
    "import kzsocial._data as d\n"
    "read = []\n"
    "_load = d._load_folder\n"
    "def spy(folder, problems, only=None):\n"
    "    read.append(folder.name)\n"
    "    return _load(folder, problems, only)\n"
    "d._load_folder = spy\n"
    "from kzsocial.services import catalog\n"
)


def _run(code: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", _RECORD + code], capture_output=True, text=True, check=True)
    return done.stdout.split()


def test_the_packaged_catalogue_reads_nothing_until_asked() -> None:
    assert _run("cat = catalog()\nprint(*read)") == []


def test_one_service_or_one_act_reads_that_act_alone() -> None:
    sid = next(s.id for s in catalog() if s.act_id == "zhambyl-2008")
    code = (
        f"s = catalog().get({sid!r})\nassert s.id == {sid!r}\n"
        f"assert {sid!r} in catalog() and 'zhambyl-2008/none' not in catalog() and 'x' not in catalog()\n"
        "assert catalog().act('zhambyl-2008').id == 'zhambyl-2008'\n"
        "assert all(x.act_id == 'zhambyl-2008' for x in catalog().by_act('zhambyl-2008'))\n"
        "print(*read)\n"
    )
    assert _run(code) == ["zhambyl-2008"]


def test_the_whole_catalogue_reads_each_act_once_and_keeps_the_objects_met_before() -> None:
    code = (
        "cat = catalog()\n"
        "early = {s.id: s for a in ('zhambyl-2008', 'akmola-2008') for s in cat.by_act(a)}\n"
        "first = cat.get('karaganda-2008/unemployed-registration')\n"
        "assert len(cat) == len(cat.services) and cat.acts\n"
        "assert all(cat.get(i) is s for i, s in early.items())\n"
        "assert cat.get(first.id) is first and first in cat.services\n"
        "assert sum(s is first for s in cat) == 1\n"
        "print(*read)\n"
    )
    names = [f.name for f in packaged_folders()]
    out = _run(code)
    assert sorted(out) == sorted(names) and len(out) == len(set(out))


def test_the_lazy_catalogue_equals_an_eager_one_and_round_trips() -> None:
    import pickle

    from kzsocial.services import Catalog

    data = dataset()
    eager = Catalog(data.services, data.acts)
    assert catalog() == eager and hash(catalog().services) == hash(eager.services)
    assert pickle.loads(pickle.dumps(catalog())) == eager
    assert repr(catalog()) == repr(eager)


def test_unknown_lookups_on_the_lazy_catalogue_still_raise_the_documented_errors() -> None:
    code = (
        "from kzsocial.errors import UnknownActError, UnknownServiceError, InvalidTypeError\n"
        "cat = catalog()\n"
        "for bad, kind in (('zhambyl-2008/nope', UnknownServiceError), ('atlantis/x', UnknownServiceError),"
        " (3, InvalidTypeError)):\n"
        "    try:\n        cat.get(bad)\n    except kind:\n        pass\n"
        "    else:\n        raise AssertionError(bad)\n"
        "for bad in ('atlantis-1999', ''):\n"
        "    try:\n        cat.act(bad)\n    except UnknownActError:\n        pass\n"
        "    else:\n        raise AssertionError(bad)\n"
        "try:\n    cat.by_act(None)\nexcept InvalidTypeError:\n    pass\nelse:\n    raise AssertionError('None')\n"
        "try:\n    cat.no_such_attribute\nexcept AttributeError as e:\n    assert 'no_such_attribute' in str(e)\n"
        "else:\n    raise AssertionError('attribute')\n"
        "print('ok')\n"
    )
    assert _run(code) == ["ok"]


def test_threads_reading_the_lazy_catalogue_at_once_get_the_same_objects() -> None:
    code = (
        "import threading\n"
        "cat = catalog()\n"
        "out = []\n"
        "def ask(i):\n"
        "    out.append(cat.get('aktau-2008/unemployed-registration') if i % 2 else cat.services)\n"
        "ts = [threading.Thread(target=ask, args=(i,)) for i in range(16)]\n"
        "[t.start() for t in ts]; [t.join() for t in ts]\n"
        "svcs = [o for o in out if isinstance(o, tuple)]\n"
        "one = [o for o in out if not isinstance(o, tuple)]\n"
        "assert all(s is svcs[0] for s in svcs) and all(o is one[0] for o in one) and one[0] in svcs[0]\n"
        "print(len(set(read)) == len(read))\n"
    )
    assert _run(code) == ["True"]
