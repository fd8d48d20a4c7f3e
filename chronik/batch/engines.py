"""The three engines. Each only distributes `process_unit` calls; none touches documents itself.

- local: a process pool (concurrent.futures), no extra dependency;
- spark: PySpark, one RDD partition per unit, `mapPartitions` on the executors' Python
  workers (chronik must be installed there: see docs/batch.md);
- dask: a `dask.bag` of units on a distributed cluster (a LocalCluster by default).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from chronik.batch.process import prepare_worker, process_unit
from chronik.batch.units import ReadOptions, WorkUnit

ENGINES = ("local", "spark", "dask")


class EngineUnavailable(RuntimeError):
    """The engine's optional dependency (or Java for Spark) is missing."""


def run_local(units: list[WorkUnit], out_dir: str, options: ReadOptions,
              workers: int) -> list[dict[str, Any]]:
    if workers == 1:
        # one worker: this process is that worker (no pool to start, no results to pickle)
        return [process_unit(unit, out_dir, options) for unit in units]
    with ProcessPoolExecutor(max_workers=workers, initializer=prepare_worker) as pool:
        futures = [pool.submit(process_unit, unit, out_dir, options) for unit in units]
        return [f.result() for f in futures]


def _spark_partition(units: Iterable[dict], out_dir: str, options: dict) -> Iterator[dict]:
    # runs in a Spark Python worker; workers are reused between tasks, so prepare_worker's
    # cache keeps the language data loaded for the worker's lifetime
    for unit in units:
        yield process_unit(unit, out_dir, options)


def run_spark(units: list[WorkUnit], out_dir: str, options: ReadOptions, workers: int, *,
              master: str | None = None, spark=None) -> list[dict[str, Any]]:
    """Run on an existing SparkSession, or start one (`local[workers]` unless `master` is given)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise EngineUnavailable('the spark engine needs PySpark: pip install "chronik[spark]"') \
            from None
    own = spark is None
    if own:
        # spark-submit starts the JVM first and hands Python its gateway: then its own
        # --master and configuration apply, and chronik must not override them
        submitted = "PYSPARK_GATEWAY_PORT" in os.environ
        builder = SparkSession.builder.appName("chronik batch")
        if master is not None:
            builder = builder.master(master)
        elif not submitted:
            builder = builder.master(f"local[{workers}]") \
                .config("spark.ui.enabled", "false") \
                .config("spark.task.maxFailures", "4")  # retries are safe: see process.py
        if not submitted and (master is None or master.startswith("local")):
            # local mode: the Python workers must be this interpreter (it has chronik)
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        try:
            spark = builder.getOrCreate()
        except Exception as err:  # noqa: BLE001 - no Java, bad master URL: say so
            raise EngineUnavailable(f"cannot start Spark: {type(err).__name__}: {err}") from None
    try:
        context = spark.sparkContext
        payload = [u.to_dict() for u in units]
        opts = {f: getattr(options, f) for f in ReadOptions.__slots__}
        rdd = context.parallelize(payload, numSlices=max(1, len(payload)))
        return rdd.mapPartitions(lambda part: _spark_partition(part, out_dir, opts)).collect()
    finally:
        if own:
            spark.stop()


def run_dask(units: list[WorkUnit], out_dir: str, options: ReadOptions, workers: int, *,
             scheduler: str | None = None, client=None) -> list[dict[str, Any]]:
    """Run on a Dask client: the given one, one at `scheduler`, or a LocalCluster of `workers` processes."""
    try:
        import dask.bag as db
        from distributed import Client, LocalCluster
    except ImportError:
        raise EngineUnavailable('the dask engine needs Dask: pip install "chronik[dask]"') \
            from None
    cluster = None
    own = client is None
    if own:
        if scheduler:
            client = Client(scheduler)
        else:
            # processes, one thread each: the pipeline is pure Python and holds the GIL
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
    try:
        bag = db.from_sequence([u.to_dict() for u in units], npartitions=max(1, len(units)))
        opts = {f: getattr(options, f) for f in ReadOptions.__slots__}
        return list(bag.map(process_unit, out_dir, opts).compute(scheduler=client))
    finally:
        if own:
            client.close()
            if cluster is not None:
                cluster.close()
