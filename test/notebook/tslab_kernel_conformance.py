"""Jupyter's own kernel test suite (jupyter_kernel_test) against the project's
tslab kernel, with samples that use the library as a learner would.

Run by test/notebook/kernel-conformance.test.ts, from notebooks/ with the
project's Jupyter environment (JUPYTER_PATH points at .jupyter/share/jupyter):

    python3 -m unittest -v tslab_kernel_conformance
"""
import unittest

import jupyter_kernel_test

LIBRARY = "import { DependencyGraph, Pipeline, PipelineManager, show } from 'odibi-ts';"
GRAPH = "DependencyGraph.fromNodes([{ name: 'raw', dependsOn: [] }, { name: 'clean', dependsOn: ['raw'] }])"


class TslabKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "tslab"
    language_name = "typescript"
    file_extension = ".ts"

    code_hello_world = "console.log('hello, world');"
    code_stderr = "console.error('something went wrong');"

    # The library is imported once (setUpClass), so its names complete and inspect.
    completion_samples = [{"text": "Pipel", "matches": {"Pipeline", "PipelineManager"}}]
    code_inspect_sample = "Pipeline"

    complete_code_samples = ["const answer = 42;", "console.log('done')", "function f() { return 1; }"]
    incomplete_code_samples = ["function f() {", "const xs = [1, 2,", "if (true) {"]

    code_generate_error = "throw new RangeError('deliberate');"

    code_display_data = [{"code": f"await show({GRAPH});", "mime": "image/svg+xml"}]

    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": GRAPH, "result": "DependencyGraph (2 nodes, 2 layers): raw -> clean"},
    ]

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        msg_id = cls.kc.execute(LIBRARY)
        reply = cls.kc.get_shell_msg(timeout=120)
        while reply["parent_header"].get("msg_id") != msg_id:
            reply = cls.kc.get_shell_msg(timeout=120)
        if reply["content"]["status"] != "ok":
            raise RuntimeError(f"importing the library failed: {reply['content']}")

    def test_kernel_info_status(self):
        """kernel_info_reply carries status: ok (the message spec asks for it on every reply)."""
        self.flush_channels()
        self.kc.kernel_info()
        reply = self.kc.get_shell_msg(timeout=jupyter_kernel_test.TIMEOUT)
        self.assertEqual(reply["content"].get("status"), "ok")

    def test_execute_result_counts(self):
        """An execute_result carries the execution count of its reply (Out[n])."""
        self.flush_channels()
        reply, outputs = self.execute_helper("1 + 1")
        results = [m for m in outputs if m["msg_type"] == "execute_result"]
        self.assertEqual(len(results), 1)
        self.assertEqual(results[0]["content"]["execution_count"], reply["content"]["execution_count"])
        self.assertNotIn("stream", [m["msg_type"] for m in outputs], "the value was printed as well")


if __name__ == "__main__":
    unittest.main()
