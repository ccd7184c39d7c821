package oktatest

import (
	"sync"
	"time"
)

// Fault injection, for testing how a client copes with a slow, failing or flaky org.

// latencyRule delays the requests that match a pattern.
type latencyRule struct {
	m    matcher
	d    time.Duration
	spec string
}

// failRule answers the next n requests that match a pattern with a status, or drops their connection.
type failRule struct {
	m      matcher
	n      int
	status int
	drop   bool
}

// faults holds the injected faults. It has its own lock so that a delayed request holds nothing.
type faults struct {
	mu      sync.Mutex
	latency []latencyRule
	fails   []*failRule
}

// SetLatency delays the answers to requests that match pattern by d, replacing an earlier delay set for the
// same pattern; d = 0 removes it. The pattern syntax is WithRateLimit's; "/" matches every request. A request
// that matches several patterns waits for the longest delay. A client that gives up (its context ends) stops
// the wait. SetLatency panics if the pattern is malformed.
func (s *Server) SetLatency(pattern string, d time.Duration) {
	m := mustMatcher(pattern)
	s.faults.mu.Lock()
	defer s.faults.mu.Unlock()
	rules := s.faults.latency[:0:0]
	for _, r := range s.faults.latency {
		if r.spec != pattern {
			rules = append(rules, r)
		}
	}
	if d > 0 {
		rules = append(rules, latencyRule{m: m, d: d, spec: pattern})
	}
	s.faults.latency = rules
}

// FailNext answers the next n requests that match pattern with status and an Okta error body (E0000047 for
// 429, E0000009 for 5xx), without processing them. An injected 429 says that the rate-limit window ends now, so
// a client retries after its shortest wait. Rules apply in the order they were
// added; a request uses up one answer of the first rule that matches it. FailNext panics if the pattern is
// malformed.
func (s *Server) FailNext(pattern string, n, status int) {
	s.addFail(&failRule{m: mustMatcher(pattern), n: n, status: status})
}

// DropNext closes the connection of the next n requests that match pattern without answering, as a network
// failure or a crashed proxy would. DropNext panics if the pattern is malformed.
func (s *Server) DropNext(pattern string, n int) {
	s.addFail(&failRule{m: mustMatcher(pattern), n: n, drop: true})
}

func (s *Server) addFail(r *failRule) {
	if r.n <= 0 {
		return
	}
	s.faults.mu.Lock()
	defer s.faults.mu.Unlock()
	s.faults.fails = append(s.faults.fails, r)
}

// delay returns how long to hold a request.
func (f *faults) delay(method string, segs []string) time.Duration {
	f.mu.Lock()
	defer f.mu.Unlock()
	var d time.Duration
	for _, r := range f.latency {
		if r.m.matches(method, segs) {
			d = max(d, r.d)
		}
	}
	return d
}

// take uses up the first failure rule the request matches, if any.
func (f *faults) take(method string, segs []string) failRule {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i, r := range f.fails {
		if !r.m.matches(method, segs) {
			continue
		}
		r.n--
		if r.n == 0 {
			f.fails = append(f.fails[:i:i], f.fails[i+1:]...)
		}
		return *r
	}
	return failRule{}
}
