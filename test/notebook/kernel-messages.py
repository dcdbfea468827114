"""Runs a notebook's code cells in a real kernel and reports every IOPub
message each cell produced (type, display id, MIME types), as JSON on stdout.
Test helper: runNotebook keeps only the final outputs, and update_display_data
messages leave no output of their own.

Usage: python3 kernel-messages.py NOTEBOOK [KERNEL] < nothing
"""
import json
import os
import sys

import nbformat
from jupyter_client.manager import start_new_kernel


def run_cell(kc, code, timeout=120):
    msg_id = kc.execute(code)
    messages = []
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        kind = msg["msg_type"]
        content = msg["content"]
        if kind == "status" and content.get("execution_state") == "idle":
            break
        if kind in ("display_data", "update_display_data", "execute_result", "stream", "error"):
            messages.append({
                "type": kind,
                "displayId": (content.get("transient") or {}).get("display_id"),
                "mime": sorted((content.get("data") or {}).keys()),
                "text": content.get("text") or content.get("evalue") or (content.get("data") or {}).get("text/plain", ""),
            })
    while True:
        reply = kc.get_shell_msg(timeout=timeout)
        if reply["parent_header"].get("msg_id") == msg_id:
            break
    return {"status": reply["content"].get("status"), "messages": messages}


def main():
    notebook = os.path.abspath(sys.argv[1])
    kernel = sys.argv[2] if len(sys.argv) > 2 else "tslab"
    nb = nbformat.read(notebook, as_version=4)
    km, kc = start_new_kernel(kernel_name=kernel, cwd=os.path.dirname(notebook), startup_timeout=60)
    try:
        cells = [run_cell(kc, cell.source) for cell in nb.cells if cell.cell_type == "code" and cell.source.strip()]
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    json.dump(cells, sys.stdout)


if __name__ == "__main__":
    main()
