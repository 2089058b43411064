"""The audit on a Dask cluster started by the test gives the same indicators as the audit on one machine."""

from __future__ import annotations

import pytest

pd = pytest.importorskip("pandas", reason="the audit extra (pandas) is not installed")
dd = pytest.importorskip("dask.dataframe", reason="the dask extra is not installed")
distributed = pytest.importorskip("distributed", reason="the dask extra (distributed) is not installed")

from kzsocial.cases import audit, audit_dask  # noqa: E402
from kzsocial.errors import InvalidTypeError  # noqa: E402
from kzsocial.testing import synthetic_case_log  # noqa: E402


def test_dask_local_cluster_equals_one_machine() -> None:
    frame = pd.DataFrame(synthetic_case_log(600, seed=9))
    local = audit(frame, period="quarter")
    with (
        distributed.LocalCluster(
            processes=False, n_workers=2, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        found, results = audit_dask(dd.from_pandas(frame, npartitions=4), period="quarter")
        late = results[results["kept"] == False].compute()  # noqa: E712
    assert [i.to_dict() for i in found] == [i.to_dict() for i in local.indicators]
    assert sorted(late["case_id"]) == sorted(local.cases[local.cases["kept"] == False]["case_id"])  # noqa: E712
    assert any(i.measurable and i.breaking for i in found)


def test_dask_wants_a_dask_dataframe() -> None:
    with pytest.raises(InvalidTypeError, match="dask"):
        audit_dask(pd.DataFrame(synthetic_case_log(3)))
