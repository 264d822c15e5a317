# Without a terminal, gandi alone prints the help and gandi browse is a usage error;
# neither asks anything of Gandi.
emu
token all

$ gandi browse
! gandi: the browser needs a terminal: stdin and stdout are not one
! hint: in scripts, use the commands ('gandi --help' lists them)
? 2
