"""Executes one notebook on its kernel and writes it, outputs included: the executor behind run-notebooks.mjs.

    python3 scripts/run-notebooks.py <notebook.ipynb> <output.ipynb>

Why not plain `jupyter nbconvert --execute`: the Deno kernel sometimes publishes a cell's result just after
it reports the cell done ("idle"). nbclient, which nbconvert uses, stops listening at idle, so the result is
dropped and the cell is saved without output (seen in about one run in three). This client keeps listening
for a short grace period after idle and keeps what arrives late. Everything else is nbclient's own
behaviour: the kernel starts in the notebook's folder, a cell that throws stops the run (exit 1).
"""

import queue
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionComplete, CellExecutionError
from nbclient.util import ensure_async

# Late results arrived within milliseconds when measured; half a second leaves room for a loaded machine.
GRACE_SECONDS = 0.5


class PatientClient(NotebookClient):
    async def _async_poll_output_msg(self, parent_msg_id, cell, cell_index):
        assert self.kc is not None
        idle = False
        while True:
            try:
                msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=GRACE_SECONDS if idle else None))
            except queue.Empty:
                return
            if msg["parent_header"].get("msg_id") != parent_msg_id:
                continue
            try:
                self.process_message(msg, cell, cell_index)
            except CellExecutionComplete:
                idle = True


def main(argv):
    if len(argv) != 3:
        print("usage: python3 scripts/run-notebooks.py <notebook.ipynb> <output.ipynb>", file=sys.stderr)
        return 2
    source, target = Path(argv[1]), Path(argv[2])
    if not hasattr(NotebookClient, "_async_poll_output_msg"):
        print("this nbclient has no _async_poll_output_msg; the late-output fix needs updating", file=sys.stderr)
        return 2
    nb = nbformat.read(source, as_version=4)
    client = PatientClient(
        nb,
        timeout=600,
        record_timing=False,
        resources={"metadata": {"path": str(source.parent.resolve())}},
    )
    try:
        client.execute()
    except CellExecutionError as err:
        print(str(err), file=sys.stderr)
        return 1
    nbformat.write(nb, target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
