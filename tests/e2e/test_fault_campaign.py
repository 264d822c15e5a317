"""The fault campaign's short form (issue 13): runs of reads and of every kind of write
against gandi-emu under fault injection and behind hostile proxies, each classified from
what gandi said and what the emulator holds and received (tests/lib/campaign.py). A floor
of clean successes, and not one wrong success, silent applied failure, double POST or
failure without a message. The long form: python3 tests/fault_campaign.py --runs 2000."""
import campaign


def test_fault_campaign_short(t):
    runs = 60 if t.sanitized else 120
    results = campaign.campaign(t.build, runs, seed=13, jobs=3, per_world=20,
                                sanitized=t.sanitized)
    bad = [report for _, _, cls, report, _ in results if cls in campaign.BAD]
    assert not bad, "\n\n".join(bad) + "\n\n" + campaign.summary(results)
    clean = sum(1 for _, _, cls, _, _ in results if cls == "clean success")
    # with 4 attempts for what can be repeated, most commands ride out the faults (about
    # 9 in 10 over 1,000 runs); a client that gave up at the first fault would not
    assert clean >= 0.75 * runs, (f"only {clean} clean successes in {runs} runs\n" +
                                  campaign.summary(results))
    kinds = {kind for _, kind, _, _, _ in results}
    assert len(kinds) >= 12, f"only {len(kinds)} kinds of command ran: {sorted(kinds)}"


def test_a_lost_renewal_whose_expiry_cannot_be_read_is_classed_said_so(t):
    """Run 5889 of `tests/fault_campaign.py --runs 8000 --seed 7`: the renewal's answer
    lost after it was carried out, then every read of the domain a 502. gandi says that
    the renewal may or may not have happened and not to renew again before checking:
    it says so, and the campaign must class it "applied, said so", not a silent applied
    failure (it did, for want of the phrase)."""
    import fake_server
    e = t.emu()
    posted = []

    def decide(method, path):
        if method == "POST" and path.startswith("/v5/domain/domains/example.com/renew"):
            posted.append(path)
            return "drop" if len(posted) == 1 else "pass"
        if posted and method == "GET" and path.startswith("/v5/domain/domains/example.com"):
            return ("before", 502)
        return "pass"
    proxy = fake_server.FaultProxy(e.url, decide)
    t.fakes.append(proxy)
    reader = campaign.Reader(e)
    before = reader.world()
    mark = e.mark()
    r = t.gandi("domain", "renew", "example.com", "--yes", token="all",
                env={"GANDI_API_URL": proxy.url + "/v5", "GANDI_ID_URL": proxy.url})
    reqs = e.requests_since(mark)
    after = reader.world()
    assert r.rc != 0, r.describe()
    t.contains(r.err, "The renewal may or may not have happened, and its expiry cannot be "
               "read now.\nDo not renew again before 'gandi domain info example.com' shows "
               "whether the expiry moved.\n")
    t.eq(len(posted), 1, "renewals sent")
    ends, on = before["domains"]["example.com"]
    t.eq(after["domains"]["example.com"], (campaign.plus_year(ends), on), "renewed once")

    def expect(b):
        a = campaign.copy_world(b)
        a["domains"]["example.com"] = (campaign.plus_year(b["domains"]["example.com"][0]), on)
        return a
    case = campaign.Case("domain renew", ["domain", "renew", "example.com", "--yes"], expect)
    cls, why = campaign.classify(case, r, before, after, reqs, None, None)
    t.eq(cls, "applied, said so", f"the class ({why})")
