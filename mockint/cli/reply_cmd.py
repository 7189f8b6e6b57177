"""``mockint reply``: draft the email after a rejection, or check a draft of it.

Without DRAFT it prints a draft made from the details; with a DRAFT file (or ``-``) it checks it:
one line per check with ✓/✗ and the evidence, then a tip for each failed check; ``--json`` for the
same as an object. Exit status 1 when a check fails.
"""

from __future__ import annotations

import argparse

from mockint.cli import output
from mockint.cli.common import read_text_input

_KINDS = ("thanks", "feedback", "follow-up")  # mockint.aftermath.reply.KINDS (not imported: --help stays light)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "reply",
        help="draft or check the email after a rejection",
        description="Draft the reply after a rejection (without DRAFT), or check your DRAFT (a file, "
        "or '-' for standard input) against what the after-the-interview bank looks for: thanks, "
        "accepting the decision, asking how to improve, keeping the door open, professional tone, "
        "and no 'why wasn't I chosen?', arguing, begging or more than 200 words.",
    )
    parser.add_argument("draft", nargs="?", metavar="DRAFT|-", help="a draft to check (default: print a draft)")
    parser.add_argument("--kind", required=True, choices=_KINDS,
                        help="thanks: after a rejection; feedback: asking for it; follow-up: weeks later")
    parser.add_argument("--to", default="", metavar="NAME", help="the interviewer or recruiter")
    parser.add_argument("--company", default="", metavar="C")
    parser.add_argument("--role", default="", metavar="R")
    parser.add_argument("--enjoyed", default="", metavar="TEXT", help="one specific thing you enjoyed")
    parser.add_argument("--json", action="store_true", help="print the draft or the checks as JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mockint.aftermath.reply import ReplyDetails, ReplyError, check_reply, draft_reply, variant

    if args.draft is None:
        details = ReplyDetails(args.to, args.company, args.role, args.enjoyed)
        try:
            text = draft_reply(args.kind, details)
            which = variant(args.kind, details.checked())
        except ReplyError as exc:
            raise ReplyError(f"--{exc}") from None
        if args.json:
            output.print_json({"kind": args.kind, "variant": which, "draft": text})
        else:
            output.write(text)
        return 0
    text = read_text_input(args.draft, "draft", f"mockint reply --kind {args.kind} -")
    report = check_reply(args.kind, text)
    if args.json:
        output.print_json(report.to_dict())
    else:
        output.write(render_report(report))
    return 0 if report.passed else 1


def render_report(report) -> str:  # noqa: ANN001 - a ReplyReport (imported lazily)
    from mockint.aftermath.reply import KINDS

    passed_mark, failed_mark = output.marks()
    lines = [f"{KINDS[report.kind].label}: {report.words} words"]
    width = max(len(check.label) for check in report.checks)
    for check in report.checks:
        mark = passed_mark if check.passed else failed_mark
        lines.append(output.cell(f"{mark} {check.label:<{width}}  {check.summary}"))
    failed = [check for check in report.checks if not check.passed]
    if failed:
        lines.append("")
        lines.append(f"{len(failed)} of {len(report.checks)} checks failed. To fix:")
        lines.extend(output.cell(f"- {check.label}: {check.tip}") for check in failed)
    else:
        lines.append("")
        lines.append("Every check passed: ready to send.")
    text = "\n".join(lines) + "\n"
    if passed_mark == "+":
        text = text.translate({ord("“"): '"', ord("”"): '"', ord("…"): "...", ord("’"): "'"})
    return text
