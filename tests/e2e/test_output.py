"""The man page against the help (the other output modes are golden cases in
tests/golden/output): two texts made from the command table must agree."""
import os


def test_man_page_lists_every_command(t):
    man = os.path.join(t.build, "gandi.1")
    assert os.path.exists(man), f"{man} missing (make docs)"
    text = open(man, encoding="utf-8").read()
    help_text = t.ok(t.gandi("--help")).out
    commands = []
    for line in help_text.splitlines():
        if line.startswith("  ") and not line.strip().startswith("-"):
            commands.append(line.split("  ")[1].strip())
    assert len(commands) > 30, commands
    for command in commands:
        words = command.split()
        if words[0] in ("dns", "domain", "redirect", "config", "org", "token"):
            t.contains(text, words[1], f"man page ({command})")
    sections = [line[4:] for line in text.splitlines() if line.startswith(".SH ")]
    for section in ("COMMANDS", "ENVIRONMENT", "FILES", "EXIT STATUS"):
        assert section in sections, f"man page section {section}: {sections}"
    t.contains(text, "\\fBGANDI_API_KEY\\fR", "man page (the token's variable)")
