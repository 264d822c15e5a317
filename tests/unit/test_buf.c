#include <stdlib.h>

#include "buf.h"
#include "unit.h"

static void test_buf_grows_and_terminates(void)
{
	struct buf b = {0};
	CHECK_STR(buf_str(&b), "");
	for (int i = 0; i < 1000; i++)
		buf_addc(&b, 'x');
	CHECK_INT(b.len, 1000);
	CHECK_INT(b.data[1000], 0);
	buf_reset(&b);
	buf_printf(&b, "%s-%d", "a", 42);
	CHECK_STR(buf_str(&b), "a-42");
	char *s = buf_detach(&b);
	CHECK_STR(s, "a-42");
	CHECK(b.data == NULL && b.len == 0);
	free(s);
}

static void test_xasprintf(void)
{
	char *s = xasprintf("%05d|%s", 7, "z");
	CHECK_STR(s, "00007|z");
	free(s);
}

int main(void)
{
	RUN(test_buf_grows_and_terminates);
	RUN(test_xasprintf);
	return unit_done();
}
