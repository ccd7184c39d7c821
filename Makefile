STATICCHECK_VERSION := v0.8.2

.PHONY: test quickstart bench bench-ratelimit fuzz

# test is what CI runs: go vet, staticcheck at a pinned version, and the tests with the race detector.
test:
	go vet ./...
	go run honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION) ./...
	go test -race -count=1 ./...

# quickstart runs the quickstart against the embedded fake org (or a real org when configured).
quickstart:
	go run ./examples/quickstart

bench:
	go test -run '^$$' -bench . -skip RateLimitedClients -benchmem .

# fuzz runs each fuzz target for FUZZTIME, one after the other. Their seeds (and the regressions under
# testdata/fuzz) run in every go test.
FUZZTIME ?= 30s
FUZZ_TARGETS := FuzzLinkHeader FuzzErrorDecoding FuzzDecodeUsers FuzzDecodeApps FuzzDecodePolicies
fuzz:
	@set -e; for target in $(FUZZ_TARGETS); do \
		echo "== $$target"; \
		go test -run '^$$' -fuzz "^$$target\$$" -fuzztime $(FUZZTIME) . ; \
	done

# bench-ratelimit compares proactive and reactive rate limiting: 8 goroutines, 300 GETs, 100 per 10 s window
# (about 45 s).
bench-ratelimit:
	go test -run '^$$' -bench RateLimitedClients -benchtime 1x .
