#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "--version") == 0) {
		printf("gandi %s\n", GANDI_VERSION);
		return 0;
	}
	fputs("usage: gandi [--version]\n", stderr);
	return 2;
}
