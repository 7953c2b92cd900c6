"""Tests of snippet_harness itself, run on the small snippets in tests/harness_fixtures/."""

import copy
import re
import shutil

import pytest
import torch

import snippet_harness
from conftest import ROOT
from snippet_harness import SnippetError, check, mismatch, parse, update

FIXTURES = ROOT / "tests" / "harness_fixtures"


def fixture(name):
    return FIXTURES / name, f"tests/harness_fixtures/{name}"


def failure(name, device="cpu"):
    """The SnippetError message that checking fixture `name` raises."""
    path, display = fixture(name)
    with pytest.raises(SnippetError) as info:
        check(path, device, display)
    return str(info.value)


def reported_lines(message, display):
    """The line numbers that the message's `display:LINE:` locations name."""
    return sorted(int(n) for n in re.findall(rf"^{re.escape(display)}:(\d+): ", message, re.M))


def code_lines(path):
    return [line for line in path.read_text().splitlines() if not line.strip().startswith("#>")]


# ---------------------------------------------------------------- snippets that pass


@pytest.mark.parametrize(
    "name",
    [
        "ok_multiline_tensor.py",  # one print, two documented lines
        "ok_loop.py",  # one print run three times, one block for all of them
        "ok_tuple.py",  # a tuple of tensors, several arguments, a call spanning lines, sep=
        "ok_function.py",  # a print inside a function called twice
        "ok_cpu_only.py",  # carries the devices marker
        "state_changer.py",  # changes global state, then documents what it prints
    ],
)
def test_ok_fixture_passes_on_cpu(name):
    path, display = fixture(name)
    check(path, "cpu", display)


def test_parse_finds_every_print_and_its_block():
    snippet = parse(FIXTURES / "ok_tuple.py")
    assert [(s.line, s.end_line) for s in snippet.sites] == [(4, 4), (6, 6), (8, 12)]
    assert snippet.sites[2].expected == ["tensor(2.) | torch.Size([3])"]
    assert snippet.stray_output_lines == []

    loop = parse(FIXTURES / "ok_loop.py").sites
    assert len(loop) == 1 and loop[0].indent == "    "
    assert loop[0].expected == ["tensor(1.)", "tensor(2.)", "tensor(3.)"]


def test_parse_reads_the_devices_marker():
    assert parse(FIXTURES / "ok_cpu_only.py").devices == ("cpu",)
    assert parse(FIXTURES / "ok_loop.py").devices is None


def test_parse_reads_several_devices(tmp_path):
    path = tmp_path / "two.py"
    path.write_text("# snippet-devices: cpu, cuda\nprint(1)\n#> 1\n")
    assert parse(path).devices == ("cpu", "cuda")


# ---------------------------------------------------------------- snippets that fail


def test_wrong_number_is_reported_with_both_texts():
    message = failure("fail_number.py")
    assert reported_lines(message, "tests/harness_fixtures/fail_number.py") == [6]
    assert "tests/harness_fixtures/fail_number.py:6: output on cpu does not match" in message
    assert "number 1. differs from documented 1.5000" in message
    assert "expected:\n    tensor(1.5000)\n" in message
    assert "actual:\n    tensor(1.)" in message


def test_wrong_text_is_reported_for_every_print():
    message = failure("fail_text.py")
    display = "tests/harness_fixtures/fail_text.py"
    assert reported_lines(message, display) == [5, 7]  # line 9 is right and is not reported
    assert f"{display}:5: output on cpu does not match (text differs)" in message
    assert "tensor([6.], grad_fn=<AddBackward0>)" in message  # documented
    assert "tensor([6.], grad_fn=<MulBackward0>)" in message  # printed
    assert f"{display}:7: output on cpu does not match (text differs)" in message
    assert "expected:\n    torch.float64\n  actual:\n    torch.float32" in message


def test_print_without_output_lines_is_reported():
    message = failure("fail_missing_output.py")
    assert message == "tests/harness_fixtures/fail_missing_output.py:4: print with no `#>` lines under it"


def test_output_lines_not_under_a_print_are_reported():
    message = failure("fail_stray_output.py")
    display = "tests/harness_fixtures/fail_stray_output.py"
    # line 5 sits under an assignment; line 8 is cut off from the print on 6 by a blank line,
    # which leaves that print undocumented as well
    assert reported_lines(message, display) == [5, 6, 8]
    assert f"{display}:5: `#>` line with no print directly above it" in message
    assert f"{display}:8: `#>` line with no print directly above it" in message
    assert f"{display}:6: print with no `#>` lines under it" in message


def test_structural_problems_are_reported_before_running(monkeypatch):
    ran = []
    monkeypatch.setattr(snippet_harness, "run", lambda *args: ran.append(args) or {})
    with pytest.raises(SnippetError):
        check(FIXTURES / "fail_stray_output.py", "cpu", "x.py")
    assert ran == []


def test_exception_names_its_line_and_type():
    message = failure("fail_raises.py")
    display = "tests/harness_fixtures/fail_raises.py"
    # the innermost line of the snippet, inside the function, not the call on line 12
    assert message.startswith(f"{display}:6: snippet raised ValueError on cpu: expected positive values\n")
    assert "Traceback" in message and 'line 12, in <module>' in message


def test_print_that_never_runs_is_reported():
    message = failure("fail_unexecuted.py")
    display = "tests/harness_fixtures/fail_unexecuted.py"
    assert reported_lines(message, display) == [5]
    assert f"{display}:5: output on cpu does not match (text differs)" in message
    assert "expected:\n    all positive: tensor([ 0.5000, -0.5000])\n  actual:\n    (nothing)" in message


def test_output_through_an_alias_of_print_is_reported():
    message = failure("fail_alias_print.py")
    assert message == (
        "tests/harness_fixtures/fail_alias_print.py:4: output not written by a documented print\n"
        "  actual:\n    tensor([1.])"
    )


def test_print_to_another_stream_is_not_recorded(tmp_path, capsys):
    path = tmp_path / "stderr.py"
    path.write_text("import sys\nprint('note', file=sys.stderr)\nprint(1)\n#> 1\n")
    check(path, "cpu", "stderr.py")  # the print to stderr is passed through, not checked
    assert "note" in capsys.readouterr().err


def test_print_accepts_none_for_sep_and_end(tmp_path):
    # the builtin print treats sep=None and end=None as the defaults
    path = tmp_path / "none_sep.py"
    path.write_text("print('a', 'b', sep=None, end=None)\n#> a b\n")
    check(path, "cpu", "none_sep.py")


# ---------------------------------------------------------------- global state


def torch_state():
    return dict(
        dtype=torch.get_default_dtype(),
        device=torch.get_default_device(),
        # set_default_device(None) and set_default_device("cpu") both read back as cpu;
        # only the mode stack tells them apart (a DeviceContext mode slows every torch call)
        function_modes=[type(m).__name__ for m in torch.overrides._get_current_function_mode_stack()],
        grad=torch.is_grad_enabled(),
        deterministic=torch.are_deterministic_algorithms_enabled(),
        deterministic_warn_only=torch.is_deterministic_algorithms_warn_only_enabled(),
        anomaly=torch.is_anomaly_enabled(),
        matmul_precision=torch.get_float32_matmul_precision(),
        print_options=copy.copy(vars(torch._tensor_str.PRINT_OPTS)),
    )


@pytest.fixture
def pristine_device():
    torch.set_default_device(None)  # no default device set, as in a fresh process
    yield
    torch.set_default_device(None)


def test_state_is_restored_after_a_snippet_changes_it(pristine_device):
    before = torch_state()
    rng = torch.random.get_rng_state()
    assert before["dtype"] == torch.float32 and before["grad"] and not before["deterministic"]
    path, display = fixture("state_changer.py")
    check(path, "cpu", display)
    assert torch_state() == before
    assert torch.get_default_dtype() == torch.float32
    assert torch.get_default_device() == torch.device("cpu")
    assert torch.is_grad_enabled()
    assert not torch.are_deterministic_algorithms_enabled()
    assert torch._tensor_str.PRINT_OPTS.precision == 4
    assert torch.equal(torch.random.get_rng_state(), rng)


def test_state_is_restored_after_a_snippet_raises(tmp_path, pristine_device):
    path = tmp_path / "raises.py"
    path.write_text(
        "import torch\n"
        "torch.set_default_dtype(torch.float64)\n"
        "torch.set_printoptions(precision=1)\n"
        "torch.manual_seed(1)\n"
        "torch.set_default_device('meta')\n"
        "raise RuntimeError('stop')\n"
    )
    before = torch_state()
    rng = torch.random.get_rng_state()
    with pytest.raises(SnippetError, match=r"^raises.py:6: snippet raised RuntimeError on cpu: stop"):
        check(path, "cpu", "raises.py")
    assert torch_state() == before
    assert torch.equal(torch.random.get_rng_state(), rng)


def test_snippet_runs_on_the_requested_device(tmp_path):
    path = tmp_path / "device.py"
    path.write_text("import torch\nprint(torch.zeros(1).device)\n#> meta\n")
    check(path, "meta", "device.py")
    with pytest.raises(SnippetError, match=r"device.py:2: output on cpu does not match"):
        check(path, "cpu", "device.py")


# ---------------------------------------------------------------- mismatch()


def test_mismatch_tolerance_of_a_whole_float():
    # "5." has no decimals: tolerance min(1.5 * 1, 1e-3 * 5) = 0.005
    assert mismatch(["tensor(5.)"], ["tensor(5.)"]) is None
    assert mismatch(["tensor(5.)"], ["tensor(5.0040)"]) is None
    assert mismatch(["tensor(5.)"], ["tensor(4.9960)"]) is None
    assert "differs from documented 5." in mismatch(["tensor(5.)"], ["tensor(5.0060)"])
    assert "number 6. differs from documented 5. by more than 0.005" == mismatch(["tensor(5.)"], ["tensor(6.)"])


def test_mismatch_tolerance_in_scientific_notation():
    # 1.5 units of the last digit: 1.5e-10
    assert mismatch(["tensor(2.0000e-06)"], ["tensor(2.0001e-06)"]) is None
    assert mismatch(["tensor(2.0000e-06)"], ["tensor(1.9999e-06)"]) is None
    assert mismatch(["tensor(2.0000e-06)"], ["tensor(2.0002e-06)"]) is not None
    assert mismatch(["tensor(2.0000e-06)"], ["tensor(0.)"]) is not None


def test_mismatch_tolerance_of_four_decimals():
    assert mismatch(["tensor([0.8500])"], ["tensor([0.8501])"]) is None
    assert mismatch(["tensor([0.8500])"], ["tensor([0.8499])"]) is None
    assert mismatch(["tensor([0.8500])"], ["tensor([0.8502])"]) is not None
    assert mismatch(["tensor([-0.8500])"], ["tensor([0.8500])"]) is not None  # the sign counts


def test_mismatch_small_integers_are_exact():
    assert mismatch(["torch.Size([3, 5])"], ["torch.Size([3, 5])"]) is None
    assert mismatch(["torch.Size([3, 5])"], ["torch.Size([3, 4])"]) is not None
    assert mismatch(["torch.Size([3, 5])"], ["torch.Size([4, 5])"]) is not None
    assert mismatch(["tensor([1, 2, 0])"], ["tensor([1, 2, 1])"]) is not None


def test_mismatch_ignores_whitespace():
    assert mismatch(["tensor([1.,  2.])"], ["tensor([1., 2.])"]) is None
    assert mismatch(["tensor([[1., 2.],", "        [3., 4.]])"], ["tensor([[1., 2.], [3., 4.]])"]) is None
    assert mismatch(["tensor([ 0.5000, -0.5000])"], ["tensor([0.5000,-0.5000])"]) is None


def test_mismatch_ignores_the_cuda_device_in_the_printed_text():
    assert mismatch(["tensor([1., 2.])"], ["tensor([1., 2.], device='cuda:0')"]) is None
    assert mismatch(["tensor([1., 2.], requires_grad=True)"],
                    ["tensor([1., 2.], device='cuda:0', requires_grad=True)"]) is None
    assert mismatch(["tensor(3.)"], ["tensor(3., device='cuda')"]) is None
    # only CUDA's addition is ignored
    assert mismatch(["tensor([1., 2.])"], ["tensor([1., 2.], device='meta')"]) == "text differs"


def test_mismatch_reports_text_differences():
    assert mismatch(["tensor([6.], grad_fn=<AddBackward0>)"],
                    ["tensor([6.], grad_fn=<MulBackward0>)"]) == "text differs"
    assert mismatch(["torch.float64"], ["torch.float32"]) == "text differs"
    assert mismatch(["tensor([1., 2.])"], []) == "text differs"


def test_mismatch_reports_a_different_count_of_numbers():
    assert mismatch(["tensor([1., 2.])"], ["tensor([1., 2., 3.])"]) == "text differs"
    assert mismatch(["1 2"], ["12"]) == "text differs"


def test_mismatch_nan_is_text():
    assert mismatch(["tensor(nan)"], ["tensor(nan)"]) is None
    assert mismatch(["tensor(nan)"], ["tensor(0.)"]) == "text differs"
    assert mismatch(["tensor(0.)"], ["tensor(nan)"]) == "text differs"
    assert mismatch(["tensor([inf, -inf])"], ["tensor([inf, -inf])"]) is None


def test_mismatch_numbers_inside_words_are_text():
    # the digits of float32, AddBackward0 and cuda:0 are not compared as numbers
    assert mismatch(["torch.float32"], ["torch.float16"]) == "text differs"
    assert mismatch(["<AddBackward0>"], ["<AddBackward1>"]) == "text differs"


# ---------------------------------------------------------------- update()


@pytest.mark.parametrize("name", ["fail_number.py", "fail_missing_output.py", "fail_stray_output.py"])
def test_update_rewrites_output_lines_only(tmp_path, name):
    path = tmp_path / name
    shutil.copy(FIXTURES / name, path)
    with pytest.raises(SnippetError):
        check(path, "cpu", name)
    assert update(path, name) is True
    check(path, "cpu", name)
    assert code_lines(path) == code_lines(FIXTURES / name)
    assert update(path, name) is False  # a second run changes nothing


def test_update_writes_the_printed_lines(tmp_path):
    path = tmp_path / "number.py"
    shutil.copy(FIXTURES / "fail_number.py", path)
    update(path, "number.py")
    assert path.read_text().splitlines()[-2:] == ["print(x.std())", "#> tensor(1.)"]

    missing = tmp_path / "missing.py"
    shutil.copy(FIXTURES / "fail_missing_output.py", missing)
    update(missing, "missing.py")
    assert missing.read_text().splitlines()[3:5] == ["print(x)", "#> tensor([0., 0.])"]


def test_update_keeps_the_indent_of_the_print(tmp_path):
    path = tmp_path / "loop.py"
    path.write_text("import torch\n\nfor n in range(2):\n    print(torch.ones(n + 1))\nprint('end')\n")
    update(path, "loop.py")
    assert path.read_text() == (
        "import torch\n\nfor n in range(2):\n    print(torch.ones(n + 1))\n"
        "    #> tensor([1.])\n    #> tensor([1., 1.])\nprint('end')\n#> end\n"
    )
    check(path, "cpu", "loop.py")


def test_update_leaves_a_correct_snippet_alone(tmp_path):
    path = tmp_path / "ok.py"
    shutil.copy(FIXTURES / "ok_multiline_tensor.py", path)
    assert update(path, "ok.py") is False
    assert path.read_text() == (FIXTURES / "ok_multiline_tensor.py").read_text()


# ---------------------------------------------------------------- the two-device report


def test_device_report_sorts_snippets_by_where_they_fail(tmp_path):
    """The command for the GPU machine, tried on the CPU: the meta device plays the second device,
    on which every tensor print differs, so each category of the report is exercised."""
    import check_snippets

    report = tmp_path / "table.md"
    assert check_snippets.main(["--device", "cpu", "--device", "meta", "--snippets", str(FIXTURES),
                                "--table", str(report)]) == 0
    text = report.read_text()
    sections = dict(re.findall(r"^## (.+?)\n\n(.*?)(?=^## |\Z)", text, re.M | re.S))

    def listed(prefix):
        body = next(body for title, body in sections.items() if title.startswith(prefix))
        return sorted(re.findall(r"^\| `tests/harness_fixtures/(\w+\.py)` \|", body, re.M))

    assert listed("fail on both") == sorted(p.name for p in FIXTURES.glob("fail_*.py"))
    assert listed("fail on meta only") == ["ok_function.py", "ok_loop.py", "ok_multiline_tensor.py",
                                           "ok_tuple.py", "state_changer.py"]
    assert "| documented for cpu only (`# snippet-devices` marker), not run on meta | 1 |" in text
    assert "### tests/harness_fixtures/ok_loop.py" in text  # the device-only failures in full
