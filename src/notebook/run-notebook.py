"""Executes one notebook through nbclient, cell by cell, for runNotebook().

Reads a JSON request on stdin and writes one JSON result to the original
stdout; everything else (the kernel's and nbclient's output) goes to stderr.
Cells after a stop are reported as notRun; an `abort` reply is notRun too.
"""
import asyncio
import json
import os
import signal
import sys
import time
import uuid

import nbformat
from jupyter_core.paths import jupyter_runtime_dir
from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbclient.util import ensure_async

RESULT_FD = os.dup(1)
os.dup2(2, 1)


def first_line(cell):
    for line in cell.source.splitlines():
        if line.strip():
            return line.strip()
    return ""


def error_from(reply, outputs):
    for out in outputs:
        if out.get("output_type") == "error":
            return {"name": out.get("ename") or "Error", "message": out.get("evalue") or "",
                    "traceback": list(out.get("traceback") or [])}
    content = (reply or {}).get("content", {})
    if content.get("ename") or content.get("evalue"):
        return {"name": content.get("ename") or "Error", "message": content.get("evalue") or "",
                "traceback": list(content.get("traceback") or [])}
    stderr = "".join(o.get("text", "") for o in outputs if o.get("name") == "stderr")
    return {"name": "Error", "message": stderr.strip() or "the cell failed without an error message"}


class Runner:
    def __init__(self, request):
        self.request = request
        self.nb = nbformat.read(request["notebook"], as_version=4)
        self.replies = {}
        self.client = NotebookClient(
            self.nb,
            kernel_name=request.get("kernelName") or "tslab",
            timeout_func=lambda cell: request["timeoutSeconds"],
            startup_timeout=int(request.get("startupTimeoutSeconds", 60)),
            allow_errors=True,
            record_timing=False,
            shutdown_kernel="immediate",
            resources={"metadata": {"path": request["cwd"]}},
            on_cell_executed=self.on_executed,
        )

    def on_executed(self, cell, cell_index, execute_reply):
        self.replies[cell_index] = execute_reply

    async def start_kernel(self):
        self.client.km = self.client.create_kernel_manager()
        # The connection file goes to the project's runtime folder, not /tmp.
        runtime = jupyter_runtime_dir()
        os.makedirs(runtime, exist_ok=True)
        self.client.km.connection_file = os.path.join(runtime, f"kernel-{uuid.uuid4()}.json")
        await self.client.async_start_new_kernel(cwd=self.request["cwd"])
        await self.client.async_start_new_kernel_client()
        msg_id = await ensure_async(self.client.kc.kernel_info())
        info = await self.client.async_wait_for_reply(msg_id)
        if info and "language_info" in info["content"]:
            self.nb.metadata["language_info"] = info["content"]["language_info"]

    async def stop_kernel(self):
        if self.client.km is not None:
            await self.client._async_cleanup_kernel()

    async def run_cell(self, index, cell):
        """Returns (status, error) for one code cell."""
        pending = asyncio.all_tasks()
        try:
            count = self.client.code_cells_executed + 1
            await self.client.async_execute_cell(cell, index, execution_count=count)
        except CellTimeoutError:
            self.cancel_new_tasks(pending)
            seconds = self.request["timeoutSeconds"]
            return "timeout", {"name": "CellTimeoutError", "message": f"the cell did not finish within {seconds:g} s"}
        except DeadKernelError:
            self.cancel_new_tasks(pending)
            return "error", {"name": "DeadKernelError", "message": "the kernel died while running the cell"}
        reply = self.replies.get(index) or {}
        status = reply.get("content", {}).get("status", "ok")
        if status == "ok":
            return "ok", None
        if status == "error":
            return "error", error_from(reply, cell.outputs)
        return "notRun", None

    def cancel_new_tasks(self, before):
        for task in asyncio.all_tasks() - before:
            if task is not asyncio.current_task():
                task.cancel()

    async def run(self):
        results, stopped = [], False
        stop_on_signal(asyncio.current_task())
        watchdog = asyncio.ensure_future(stop_when_orphaned(asyncio.current_task()))
        try:
            await self.start_kernel()
            for index, cell in enumerate(self.nb.cells):
                result = {"index": index, "cellType": cell.cell_type, "firstLine": first_line(cell)}
                runnable = cell.cell_type == "code" and cell.source.strip()
                if stopped:
                    result["status"] = "notRun"
                    if cell.cell_type == "code":
                        cell.outputs = []
                elif not runnable:
                    result["status"] = "ok"
                else:
                    started = time.monotonic()
                    status, error = await self.run_cell(index, cell)
                    result["durationMs"] = round((time.monotonic() - started) * 1000)
                    result["status"] = status
                    if error:
                        result["error"] = error
                    stopped = await self.after_cell(status)
                result["outputs"] = list(cell.get("outputs", []))
                results.append(result)
        finally:
            watchdog.cancel()
            await self.stop_kernel()
        return results

    async def after_cell(self, status):
        """Whether the run stops after a cell with this status."""
        if status == "timeout":
            if not self.request.get("restartOnTimeout"):
                return True
            await self.stop_kernel()
            await self.start_kernel()
            return False
        if status == "error":
            if not self.request.get("continueAfterError"):
                return True
            # tslab aborts every cell sent within 200 ms of a failure.
            await asyncio.sleep(self.request.get("errorPauseSeconds", 0.3))
        return False


def stop_on_signal(task):
    """SIGINT or SIGTERM cancel the run; its `finally` then stops the kernel."""
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, task.cancel)
        except (NotImplementedError, RuntimeError):
            pass


async def stop_when_orphaned(task):
    """Cancels the run when the process that started it is gone, so no kernel is left behind."""
    parent = os.getppid()
    while os.getppid() == parent:
        await asyncio.sleep(1)
    task.cancel()


def main():
    request = json.load(sys.stdin)
    runner = Runner(request)
    cells = asyncio.run(runner.run())
    output_path = request.get("outputPath")
    if output_path:
        os.makedirs(os.path.dirname(os.path.abspath(output_path)), exist_ok=True)
        nbformat.write(runner.nb, output_path)
    ok = all(c["status"] == "ok" for c in cells)
    result = {"ok": ok, "cells": cells, "executedPath": output_path}
    with os.fdopen(RESULT_FD, "w") as out:
        json.dump(result, out)


if __name__ == "__main__":
    main()
