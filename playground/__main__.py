"""Entry point of ``nn-playground`` and ``python -m playground``: the app by default, or a sub-command."""

from __future__ import annotations

import sys

from playground import cli


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = cli.parse_args(argv)
    except cli.UsageError as e:
        print(f"nn-playground: {e}", file=sys.stderr)
        return cli.EXIT_USAGE
    if args.self_test is not None:
        from playground.ui.self_test import run_self_test

        return run_self_test(args.self_test or None)
    if args.command == "gui":
        from playground.ui.app import run_app

        project = [args.project] if args.project else []
        return run_app([sys.argv[0], *project], language=args.lang, device=args.gui_device)
    if args.command == "screenshot":
        from playground.ui.screenshot import take_screenshot

        try:
            width, height = (int(v) for v in args.size.lower().split("x"))
            if not (200 <= width <= 8000 and 200 <= height <= 8000):
                raise ValueError
        except ValueError:
            print(
                f"nn-playground: --size must be WIDTHxHEIGHT between 200 and 8000, got {args.size!r}", file=sys.stderr
            )
            return cli.EXIT_USAGE
        if args.train_steps < 0:
            print(f"nn-playground: --train-steps must be 0 or more, got {args.train_steps}", file=sys.stderr)
            return cli.EXIT_USAGE
        return take_screenshot(args.project, args.output, (width, height), args.train_steps, language=args.lang)
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
