package oktatest

import (
	"net/http"
	"strconv"
	"sync"
	"time"
)

// limitRule is a budget shared by the requests that match a pattern (WithRateLimit).
type limitRule struct {
	m matcher
	RateLimit
}

// bucket counts the requests one window accepted.
type bucket struct {
	RateLimit
	start time.Time
	used  int
}

// rateLimits holds the budgets: one per WithRateLimit rule, and one per operation for the rest.
type rateLimits struct {
	mu           sync.Mutex
	defaultLimit RateLimit
	rules        []limitRule
	ruleBuckets  []*bucket
	perKey       map[string]*bucket
}

func newRateLimits(def RateLimit, rules []limitRule) *rateLimits {
	rl := &rateLimits{defaultLimit: def, rules: rules, perKey: map[string]*bucket{}}
	for _, r := range rules {
		rl.ruleBuckets = append(rl.ruleBuckets, &bucket{RateLimit: r.RateLimit})
	}
	return rl
}

// take counts a request against its budget, sets the X-Rate-Limit-* headers, and reports whether the budget
// allowed it. key names the request's operation, for requests that no rule covers.
func (rl *rateLimits) take(key, method string, segs []string, now time.Time, h http.Header) bool {
	rl.mu.Lock()
	defer rl.mu.Unlock()
	var b *bucket
	for i, r := range rl.rules {
		if r.m.matches(method, segs) {
			b = rl.ruleBuckets[i]
			break
		}
	}
	if b == nil {
		b = rl.perKey[key]
		if b == nil {
			b = &bucket{RateLimit: rl.defaultLimit}
			rl.perKey[key] = b
		}
	}
	if b.start.IsZero() || !now.Before(b.start.Add(b.Window)) {
		b.start, b.used = windowStart(now, b.Window), 0
	}
	// A refused request does not count: Okta's budget is the requests an endpoint accepts per window, a 429
	// tells the client to come back after the reset, and its headers report the window as it stands.
	ok := b.used < b.Limit
	if ok {
		b.used++
	}
	setRateHeaders(h, b.Limit, b.Limit-b.used, b.start.Add(b.Window))
	return ok
}

// windowStart is when a window opened by a request at now starts. Okta starts a window at the whole second
// of its first request, so that its reset, in whole seconds, is exact: the first answer of a window says
// X-Rate-Limit-Reset = Date + the window. Windows shorter than a second, which only tests use, start at now.
func windowStart(now time.Time, window time.Duration) time.Time {
	if window < time.Second {
		return now
	}
	return now.Truncate(time.Second)
}

// setRateHeaders writes Okta's rate-limit headers. Reset is in whole Unix seconds, rounded up so that a client
// waiting until then finds the new window open.
func setRateHeaders(h http.Header, limit, remaining int, reset time.Time) {
	secs := reset.Unix()
	if reset.After(time.Unix(secs, 0)) {
		secs++
	}
	h.Set("X-Rate-Limit-Limit", strconv.Itoa(limit))
	h.Set("X-Rate-Limit-Remaining", strconv.Itoa(remaining))
	h.Set("X-Rate-Limit-Reset", strconv.FormatInt(secs, 10))
}
