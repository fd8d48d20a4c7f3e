"""Spark (local[2]) and Dask (a two-process LocalCluster) write what the process pool writes."""

from __future__ import annotations

import pytest

from chronik.batch import run_batch
from tests.batch.checks import (
    assert_output_equals_extract,
    assert_planted_errors_reported,
    file_names,
)

# PySpark warns about the installed pandas version; chronik does not use pandas on Spark
pytestmark = pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas")


def test_spark_output_equals_extract_and_a_rerun_replaces_it(spark, shards, expected, out_dir):
    summary = run_batch(shards, out_dir, engine="spark", workers=2, split_bytes=600,
                        spark=spark)
    assert summary.documents == len(expected)
    assert_output_equals_extract(out_dir, expected)
    assert_planted_errors_reported(out_dir)
    first = file_names(out_dir)
    run_batch(shards, out_dir, engine="spark", workers=2, split_bytes=600, spark=spark)
    assert file_names(out_dir) == first
    # Spark reads the hive partitions back as columns
    frame = spark.read.parquet(f"{out_dir}/documents")
    assert frame.filter("lang = 'de' AND month = '2022-01'").count() > 0


def test_dask_output_equals_extract_and_a_rerun_replaces_it(dask_client, shards, expected,
                                                            out_dir):
    summary = run_batch(shards, out_dir, engine="dask", workers=2, split_bytes=600,
                        dask_client=dask_client)
    assert summary.documents == len(expected)
    assert len(summary.worker_pids) >= 1
    assert_output_equals_extract(out_dir, expected)
    assert_planted_errors_reported(out_dir)
    first = file_names(out_dir)
    run_batch(shards, out_dir, engine="dask", workers=2, split_bytes=600,
              dask_client=dask_client)
    assert file_names(out_dir) == first
