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
