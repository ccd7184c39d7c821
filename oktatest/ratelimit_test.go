package oktatest

import (
	"net/http"
	"strconv"
	"testing"
	"time"

	"github.com/oktakit/okta"
)

func TestRateLimit(t *testing.T) {
	t.Parallel()
	clock := newFakeClock()
	s := newTestServer(t, WithClock(clock.Now),
		WithRateLimit("GET /api/v1/users", 2, time.Minute),
		WithRateLimit("/api/v1/users/{id}", 1, 10*time.Second))
	start := clock.Now()
	check := func(r response, status, limit, remaining int, reset time.Time) {
		t.Helper()
		if r.status != status {
			t.Errorf("status = %d, want %d: %s", r.status, status, r.body)
		}
		if got := r.header.Get("X-Rate-Limit-Limit"); got != strconv.Itoa(limit) {
			t.Errorf("X-Rate-Limit-Limit = %s, want %d", got, limit)
		}
		if got := r.header.Get("X-Rate-Limit-Remaining"); got != strconv.Itoa(remaining) {
			t.Errorf("X-Rate-Limit-Remaining = %s, want %d", got, remaining)
		}
		if got := r.header.Get("X-Rate-Limit-Reset"); got != strconv.FormatInt(reset.Unix(), 10) {
			t.Errorf("X-Rate-Limit-Reset = %s, want %d", got, reset.Unix())
		}
		if got := r.header.Get("Date"); got != clock.Now().Format(http.TimeFormat) {
			t.Errorf("Date = %s, want the server's clock %s", got, clock.Now().Format(http.TimeFormat))
		}
	}
	check(send(t, s, "GET", "/api/v1/users", nil), 200, 2, 1, start.Add(time.Minute))
	clock.Advance(time.Second)
	check(send(t, s, "GET", "/api/v1/users?limit=1", nil), 200, 2, 0, start.Add(time.Minute))
	r := send(t, s, "GET", "/api/v1/users", nil)
	check(r, 429, 2, 0, start.Add(time.Minute))
	if summary, _ := r.oktaError(t, 429, "E0000047"); summary != "API call exceeded rate limit due to too many requests." {
		t.Errorf("summary = %q", summary)
	}
	// Other endpoints have budgets of their own.
	check(send(t, s, "POST", "/api/v1/users", newUserBody("rl@example.com", "")), 200, DefaultRateLimit, DefaultRateLimit-1, clock.Now().Add(time.Minute))
	check(send(t, s, "GET", "/api/v1/groups", nil), 200, DefaultRateLimit, DefaultRateLimit-1, clock.Now().Add(time.Minute))
	// A pattern with a wildcard is one budget for every user.
	check(send(t, s, "GET", "/api/v1/users/a", nil), 404, 1, 0, clock.Now().Add(10*time.Second))
	send(t, s, "GET", "/api/v1/users/b", nil).oktaError(t, 429, "E0000047")
	// The next window opens when the clock passes the reset.
	clock.Advance(time.Minute)
	check(send(t, s, "GET", "/api/v1/users", nil), 200, 2, 1, clock.Now().Add(time.Minute))
}

func TestDefaultRateLimitIsPerOperation(t *testing.T) {
	t.Parallel()
	clock := newFakeClock()
	s := newTestServer(t, WithClock(clock.Now), WithDefaultRateLimit(1, time.Minute))
	send(t, s, "GET", "/api/v1/users/x", nil).oktaError(t, 404, "E0000007")
	send(t, s, "GET", "/api/v1/users/y", nil).oktaError(t, 429, "E0000047") // same operation: getUser
	send(t, s, "GET", "/api/v1/users", nil).ok(t, 200)                      // another operation
	send(t, s, "GET", "/api/v1/users", nil).oktaError(t, 429, "E0000047")
}

func TestResetRoundsUp(t *testing.T) {
	t.Parallel()
	clock := newFakeClock()
	clock.Advance(300 * time.Millisecond)
	s := newTestServer(t, WithClock(clock.Now), WithRateLimit("/", 5, 500*time.Millisecond))
	r := send(t, s, "GET", "/api/v1/users", nil)
	// The window ends at .800; a client waiting until the reset second must find it over.
	if got, want := r.header.Get("X-Rate-Limit-Reset"), strconv.FormatInt(clock.Now().Unix()+1, 10); got != want {
		t.Errorf("X-Rate-Limit-Reset = %s, want %s", got, want)
	}
}

// TestClientWaitsForRateLimit runs a real client into a budget of one request per window: with proactive rate
// limiting it waits for the next window before sending; without, it meets the limit, and retries after the
// 429. Both succeed.
func TestClientWaitsForRateLimit(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name      string
		proactive bool
	}{{"proactive", true}, {"reactive", false}} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := newTestServer(t, WithRateLimit("GET /api/v1/users", 1, 50*time.Millisecond))
			c, err := s.NewClient(okta.WithMaxWait(100*time.Millisecond), okta.WithMaxRetries(5), okta.WithRateLimiting(tc.proactive))
			if err != nil {
				t.Fatal(err)
			}
			for range 3 {
				if _, resp, err := c.Users.List(t.Context(), nil); err != nil {
					t.Fatalf("List: %v", err)
				} else if resp.RateLimit.Limit != 1 {
					t.Errorf("RateLimit = %+v", resp.RateLimit)
				}
			}
			var limited int
			for _, r := range s.Requests() {
				if r.Status == http.StatusTooManyRequests {
					limited++
				}
			}
			if tc.proactive && limited != 0 {
				t.Errorf("%d requests met the rate limit, want none", limited)
			} else if !tc.proactive && limited == 0 {
				t.Error("no request met the rate limit")
			}
		})
	}
}
