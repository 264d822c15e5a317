"""List a zone with Debian's dns-lexicon (provider gandi, --api-protocol rest)
against gandi-emu, for make bench. Run with /usr/bin/python3 (where Debian
installs lexicon):

    lexicon_list.py BASE_URL DOMAIN [--page]

The API key comes from the environment (LEXICON_GANDI_AUTH_TOKEN). As in
tests/emu/lexicon_wrapper.py, the one change to lexicon is the provider's
api_endpoint (hard-coded to https://api.gandi.net/v5/livedns), pointed at
BASE_URL/v5/livedns; and since .example (gandi-emu's big zone is big.example)
is not in the public suffix list lexicon uses to find the registered domain,
the provider is given the zone name itself. The zone is listed through lexicon's provider interface
(authenticate, then list_records with no filter), as a library user of
lexicon would: its command line insists on one record type. Prints the number
of records lexicon listed.

lexicon asks for a zone's records in one request, without page or per_page,
so against a paged collection it sees the first page only. With --page, its
own request method is called page after page (per_page=100, until a short
page), the sequential paging lexicon would need to list the whole zone; the
records still go through lexicon's own conversion.
"""
import os
import sys

from lexicon.client import Client
from lexicon.config import ConfigResolver

PER_PAGE = 100


def paged(request):
    """Wrap the provider's _request: a GET of a whole zone walks every page."""
    def walk(action="GET", url="/", data=None, query_params=None):
        if action != "GET" or not url.endswith("/records") or query_params:
            return request(action, url, data, query_params)
        items, page = [], 1
        while True:
            got = request(action, url, data, {"page": page, "per_page": PER_PAGE})
            items.extend(got)
            if len(got) < PER_PAGE:
                return items
            page += 1
    return walk


def main():
    base, domain = sys.argv[1:3]
    cfg = {"provider_name": "gandi", "action": "list", "domain": domain, "type": "A",
           "gandi": {"auth_token": os.environ["LEXICON_GANDI_AUTH_TOKEN"],
                     "api_protocol": "rest"}}
    client = Client(ConfigResolver().with_dict(cfg))
    client.provider.api_endpoint = base + "/v5/livedns"
    client.provider.domain = domain
    if "--page" in sys.argv[3:]:
        client.provider._request = paged(client.provider._request)
    client.provider.authenticate()
    print(len(client.provider.list_records()))


if __name__ == "__main__":
    main()
