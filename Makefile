STATICCHECK_VERSION := v0.8.2

.PHONY: test quickstart bench fuzz

# test is what CI runs: go vet, staticcheck at a pinned version, and the tests with the race detector.
test:
	go vet ./...
	go run honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION) ./...
	go test -race -count=1 ./...

# quickstart runs the quickstart against the embedded fake org (or a real org when configured).
quickstart:
	go run ./examples/quickstart

bench:
	go test -run '^$$' -bench . -benchmem .

# fuzz runs each fuzz target for FUZZTIME, one after the other. Their seeds (and the regressions under
# testdata/fuzz) run in every go test.
FUZZTIME ?= 30s
FUZZ_TARGETS := FuzzLinkHeader FuzzErrorDecoding FuzzDecodeUsers FuzzDecodeApps FuzzDecodePolicies
fuzz:
	@set -e; for target in $(FUZZ_TARGETS); do \
		echo "== $$target"; \
		go test -run '^$$' -fuzz "^$$target\$$" -fuzztime $(FUZZTIME) . ; \
	done
