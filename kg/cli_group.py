"""The `kg` click group: its own options (--debug, --version, -h), the --out option its commands share, and errors
reported as one line (the traceback only with `kg --debug`). kg.cli and kg.cli_store register the commands on it."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import click

import kg
from kg.errors import KGError

OUT = click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("build"),
                   show_default=True, help="Build directory.")


class Group(click.Group):
    """Turns every error a command lets out into one line (the traceback only with `kg --debug`)."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KGError as err:
            if ctx.params.get("debug"):
                raise
            raise click.ClickException(str(err)) from None
        except Exception as err:  # noqa: BLE001  (the point: nothing unexpected reaches the user raw)
            if ctx.params.get("debug"):
                raise
            detail = " ".join(str(err).split())[:300]
            raise click.ClickException(f"unexpected {type(err).__name__}{': ' + detail if detail else ''} "
                                       "(run `kg --debug ...` for the traceback)") from None


@contextmanager
def reported(*errors: type[Exception]):
    """A command's body: the library's errors (KGError, and any of `errors`) become one line, also with --debug."""
    try:
        yield
    except (KGError, *errors) as err:
        raise click.ClickException(str(err)) from None


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(kg.__version__, prog_name="kg")
@click.option("--debug", is_flag=True, help="Show the full traceback of an unexpected error.")
@click.pass_context
def cli(ctx, debug):
    """kg: build a legal knowledge graph from news articles.

    Exit codes: 0 success; 2 some inputs were skipped (or a usage error); 1 nothing was built.

    \b
        kg build seeds/ --out build/
        kg export --out build/
        kg --debug build seeds/ --out build/
    """
    ctx.obj = {"debug": debug}
