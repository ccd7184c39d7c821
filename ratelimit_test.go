package okta

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/oktakit/okta/internal/ratelimit"
)

// withRateClock runs the client's rate limiter on clock.
func withRateClock(clock ratelimit.Clock) Option {
	return func(s *settings) error {
		s.rateLimit.clock = clock
		return nil
	}
}

// budget is a fake Okta bucket on a fake clock: limit requests per window, with Okta's headers.
type budget struct {
	clock  *ratelimit.FakeClock
	limit  int
	window time.Duration

	mu    sync.Mutex
	reset time.Time
	used  int
	hits  int
}

// serve answers one request: 429 when the window's budget is spent, else it calls next.
func (b *budget) serve(w http.ResponseWriter, next func()) {
	now := b.clock.Now()
	b.mu.Lock()
	b.hits++
	if !now.Before(b.reset) {
		b.reset, b.used = now.Truncate(time.Second).Add(b.window), 0
	}
	ok := b.used < b.limit
	if ok {
		b.used++
	}
	h := w.Header()
	h.Set("Date", now.UTC().Format(http.TimeFormat))
	h.Set("X-Rate-Limit-Limit", strconv.Itoa(b.limit))
	h.Set("X-Rate-Limit-Remaining", strconv.Itoa(b.limit-b.used))
	h.Set("X-Rate-Limit-Reset", strconv.FormatInt(b.reset.Unix(), 10))
	b.mu.Unlock()
	if !ok {
		w.WriteHeader(http.StatusTooManyRequests)
		fmt.Fprint(w, `{"errorCode":"E0000047"}`)
		return
	}
	next()
}

func (b *budget) count() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.hits
}

var rateEpoch = time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC)

// awaitWait fails the test unless a call starts waiting on the rate limiter's clock.
func awaitWait(t *testing.T, clock *ratelimit.FakeClock) {
	t.Helper()
	if !clock.AwaitTimers(1, 10*time.Second) {
		t.Fatal("no call waits for the rate limit")
	}
}

func userHandler(b *budget) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		b.serve(w, func() { fmt.Fprintf(w, `{"id":%q}`, r.PathValue("id")) })
	}
}

// TestRateLimitPerOperation checks that the calls of one operation share a bucket whatever their IDs, that a
// spent bucket holds the next call until its reset and does not hold other operations, and that the off
// switch sends at once.
func TestRateLimitPerOperation(t *testing.T) {
	t.Parallel()
	for _, on := range []bool{true, false} {
		t.Run(fmt.Sprint("on=", on), func(t *testing.T) {
			t.Parallel()
			clock := ratelimit.NewFakeClock(rateEpoch)
			users := &budget{clock: clock, limit: 2, window: 10 * time.Second}
			groups := &budget{clock: clock, limit: 2, window: 10 * time.Second}
			c, mux := setup(t, withRateClock(clock), WithMaxWait(time.Hour), WithMaxRetries(0), WithRateLimiting(on))
			mux.HandleFunc("GET /api/v1/users/{id}", userHandler(users))
			mux.HandleFunc("GET /api/v1/groups", func(w http.ResponseWriter, r *http.Request) {
				groups.serve(w, func() { fmt.Fprint(w, `[]`) })
			})
			ctx := t.Context()
			for _, id := range []string{"a", "b"} {
				if _, _, err := c.Users.Get(ctx, id, nil); err != nil {
					t.Fatal(err)
				}
			}
			third := make(chan error, 1)
			go func() {
				_, _, err := c.Users.Get(ctx, "c", nil)
				third <- err
			}()
			if !on {
				var e *Error
				if err := <-third; !errors.As(err, &e) || e.StatusCode != http.StatusTooManyRequests {
					t.Fatalf("err = %v, want Okta's 429", err)
				}
				return
			}
			awaitWait(t, clock)
			if _, _, err := c.Groups.List(ctx, nil); err != nil {
				t.Fatalf("another operation: %v", err)
			}
			if got := users.count(); got != 2 {
				t.Fatalf("%d requests, want 2 before the reset", got)
			}
			clock.Advance(10 * time.Second)
			if err := <-third; err != nil {
				t.Fatal(err)
			}
			if got := users.count(); got != 3 {
				t.Errorf("%d requests, want 3", got)
			}
		})
	}
}

// TestRateLimitNextPages checks that the pages a list's Link headers lead to count against the list's bucket,
// and that the wait is logged at debug level with the bucket.
func TestRateLimitNextPages(t *testing.T) {
	t.Parallel()
	clock := ratelimit.NewFakeClock(rateEpoch)
	users := &budget{clock: clock, limit: 1, window: 30 * time.Second}
	var logs bytes.Buffer
	var logMu sync.Mutex
	logger := slog.New(slog.NewJSONHandler(&lockedWriter{w: &logs, mu: &logMu}, &slog.HandlerOptions{Level: slog.LevelDebug}))
	c, mux := setup(t, withRateClock(clock), WithMaxWait(time.Hour), WithLogger(logger))
	mux.HandleFunc("GET /api/v1/users", func(w http.ResponseWriter, r *http.Request) {
		users.serve(w, func() {
			if r.URL.Query().Get("after") == "" {
				w.Header().Set("Link", `<http://`+r.Host+`/api/v1/users?after=u1>; rel="next"`)
				fmt.Fprint(w, `[{"id":"u1"}]`)
				return
			}
			fmt.Fprint(w, `[{"id":"u2"}]`)
		})
	})
	done := make(chan []string, 1)
	go func() {
		var ids []string
		it := c.Users.ListIter(t.Context(), nil)
		for it.Next() {
			ids = append(ids, it.Value().ID)
		}
		if it.Err() != nil {
			ids = append(ids, it.Err().Error())
		}
		done <- ids
	}()
	awaitWait(t, clock)
	if got := users.count(); got != 1 {
		t.Fatalf("%d requests before the reset, want 1", got)
	}
	clock.Advance(30 * time.Second)
	if got, want := <-done, []string{"u1", "u2"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("ids = %v, want %v", got, want)
	}
	logMu.Lock()
	defer logMu.Unlock()
	var found bool
	for line := range strings.Lines(logs.String()) {
		var rec struct {
			Msg    string `json:"msg"`
			Level  string `json:"level"`
			Bucket string `json:"bucket"`
			Wait   int64  `json:"wait"`
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		if rec.Msg == "okta rate limit wait" {
			found = true
			if rec.Level != "DEBUG" || rec.Bucket != "GET /api/v1/users" || time.Duration(rec.Wait) != 30*time.Second {
				t.Errorf("log record = %+v, want DEBUG, bucket GET /api/v1/users, wait 30s", rec)
			}
		}
	}
	if !found {
		t.Errorf("no wait logged:\n%s", logs.String())
	}
}

type lockedWriter struct {
	w  *bytes.Buffer
	mu *sync.Mutex
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// TestRateLimitWaitBounds checks that a wait ends with the context, that a wait past the context's deadline
// fails at once, and that WithMaxWait caps the wait, after which the call is sent.
func TestRateLimitWaitBounds(t *testing.T) {
	t.Parallel()
	spent := func(t *testing.T, clock *ratelimit.FakeClock, opts ...Option) (*Client, *budget) {
		b := &budget{clock: clock, limit: 1, window: time.Minute}
		c, mux := setup(t, append([]Option{withRateClock(clock), WithMaxWait(time.Hour), WithMaxRetries(0)}, opts...)...)
		mux.HandleFunc("GET /api/v1/users/{id}", userHandler(b))
		if _, _, err := c.Users.Get(t.Context(), "a", nil); err != nil {
			t.Fatal(err)
		}
		return c, b
	}
	t.Run("cancel", func(t *testing.T) {
		t.Parallel()
		clock := ratelimit.NewFakeClock(rateEpoch)
		c, b := spent(t, clock)
		ctx, cancel := context.WithCancel(t.Context())
		errc := make(chan error, 1)
		go func() {
			_, _, err := c.Users.Get(ctx, "b", nil)
			errc <- err
		}()
		awaitWait(t, clock)
		cancel()
		if err := <-errc; !errors.Is(err, context.Canceled) {
			t.Fatalf("err = %v, want context.Canceled", err)
		}
		if got := b.count(); got != 1 {
			t.Errorf("%d requests, want 1", got)
		}
	})
	t.Run("deadline", func(t *testing.T) {
		t.Parallel()
		clock := ratelimit.NewFakeClock(time.Now()) // deadlines are in real time
		c, b := spent(t, clock, WithRequestTimeout(5*time.Second))
		if _, _, err := c.Users.Get(t.Context(), "b", nil); !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("err = %v, want context.DeadlineExceeded", err)
		}
		if got := b.count(); got != 1 {
			t.Errorf("%d requests, want 1", got)
		}
	})
	t.Run("max wait", func(t *testing.T) {
		t.Parallel()
		clock := ratelimit.NewFakeClock(rateEpoch)
		c, b := spent(t, clock, WithMaxWait(2*time.Second))
		errc := make(chan error, 1)
		go func() {
			_, _, err := c.Users.Get(t.Context(), "b", nil)
			errc <- err
		}()
		awaitWait(t, clock)
		clock.Advance(2 * time.Second)
		// The capped wait is over: the call is sent, and Okta's 429 is the answer, as without the limiter.
		if err := <-errc; !errors.Is(err, ErrRateLimited) {
			t.Fatalf("err = %v, want ErrRateLimited", err)
		}
		if got := b.count(); got != 2 {
			t.Errorf("%d requests, want 2", got)
		}
	})
}

func TestMaxConcurrency(t *testing.T) {
	t.Parallel()
	const calls, bound = 6, 2
	arrived := make(chan struct{}, calls)
	release := make(chan struct{})
	var mu sync.Mutex
	var inFlight, most int
	c, mux := setup(t, WithMaxConcurrency(bound), WithRateLimiting(false))
	mux.HandleFunc("GET /api/v1/users/{id}", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		inFlight++
		most = max(most, inFlight)
		mu.Unlock()
		arrived <- struct{}{}
		<-release
		mu.Lock()
		inFlight--
		mu.Unlock()
		fmt.Fprint(w, `{"id":"x"}`)
	})
	var wg sync.WaitGroup
	for range calls {
		wg.Go(func() {
			if _, _, err := c.Users.Get(t.Context(), "x", nil); err != nil {
				t.Error(err)
			}
		})
	}
	// bound requests arrive; each one released lets exactly one more in.
	for range bound {
		<-arrived
	}
	for range calls - bound {
		release <- struct{}{}
		<-arrived
	}
	for range bound {
		release <- struct{}{}
	}
	wg.Wait()
	if most != bound {
		t.Errorf("at most %d requests in flight, want %d", most, bound)
	}
}

func TestRateLimitOptions(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		opt  Option
		want string
	}{
		{WithRateLimitReserve(1), "not in [0, 1)"},
		{WithRateLimitReserve(-0.1), "not in [0, 1)"},
		{WithRateLimitReserve(math.NaN()), "not in [0, 1)"},
		{WithMaxConcurrency(-1), "negative"},
	} {
		_, err := NewClient(WithOrgURL("https://example.okta.com"), WithAPIToken("t"), tc.opt)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("err = %v, want %q", err, tc.want)
		}
	}
	for _, opt := range []Option{WithRateLimitReserve(0), WithRateLimitReserve(0.5), WithMaxConcurrency(0), WithRateLimiting(false)} {
		if _, err := NewClient(WithOrgURL("https://example.okta.com"), WithAPIToken("t"), opt); err != nil {
			t.Error(err)
		}
	}
}
