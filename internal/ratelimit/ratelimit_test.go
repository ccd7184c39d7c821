package ratelimit

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"
)

// harness is a limiter on a fake clock that counts the reservations waiting.
type harness struct {
	*Limiter
	clock   *FakeClock
	mu      sync.Mutex
	waiting int
	changed chan struct{}
	waits   []time.Duration // what OnWait reported
}

var epoch = time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC)

func newHarness(t *testing.T, cfg Config) *harness {
	t.Helper()
	h := &harness{clock: NewFakeClock(epoch), changed: make(chan struct{}, 1)}
	if cfg.Clock != nil {
		h.clock = cfg.Clock.(*FakeClock)
	}
	cfg.Clock = h.clock
	cfg.OnWait = func(_ context.Context, _ string, d time.Duration) {
		h.mu.Lock()
		h.waits = append(h.waits, d)
		h.mu.Unlock()
	}
	h.Limiter = New(cfg)
	h.blocked = func(delta int) {
		h.mu.Lock()
		h.waiting += delta
		h.mu.Unlock()
		select {
		case h.changed <- struct{}{}:
		default:
		}
	}
	return h
}

// awaitWaiting blocks until n reservations are waiting.
func (h *harness) awaitWaiting(t *testing.T, n int) {
	t.Helper()
	timeout := time.NewTimer(10 * time.Second) // a guard against a hang, not a wait for behaviour
	defer timeout.Stop()
	for {
		h.mu.Lock()
		w := h.waiting
		h.mu.Unlock()
		if w == n {
			return
		}
		select {
		case <-h.changed:
		case <-timeout.C:
			t.Fatalf("%d reservations waiting, want %d", w, n)
		}
	}
}

// prime tells the limiter, by one answered request, that key has remaining of limit left until the reset
// `reset` after now (by the server's clock, which shows serverNow).
func (h *harness) prime(t *testing.T, key string, limit, remaining int, serverNow time.Time, reset time.Duration) {
	t.Helper()
	r, err := h.Reserve(t.Context(), key)
	if err != nil {
		t.Fatal(err)
	}
	r.Done(headers(limit, remaining, serverNow, reset), true)
}

func headers(limit, remaining int, serverNow time.Time, reset time.Duration) Headers {
	return Headers{Limit: limit, Remaining: remaining, Reset: serverNow.Add(reset).Unix(), Date: serverNow, Valid: true}
}

// reserveAsync reserves key in a goroutine; the channel receives the outcome.
func (h *harness) reserveAsync(ctx context.Context, key string) <-chan result {
	c := make(chan result, 1)
	go func() {
		r, err := h.Reserve(ctx, key)
		c <- result{r, err}
	}()
	return c
}

type result struct {
	r   *Reservation
	err error
}

// receive returns the outcome of a reservation that is due.
func receive(t *testing.T, c <-chan result) result {
	t.Helper()
	select {
	case res := <-c:
		return res
	case <-time.After(10 * time.Second): // a guard against a hang, not a wait for behaviour
		t.Fatal("the reservation is still waiting")
		return result{}
	}
}

func TestReserveUnderConcurrency(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Config{})
	h.prime(t, "GET /api/v1/users/{userId}", 10, 9, epoch, 10*time.Second)
	const n = 30
	results := make(chan result, n)
	for range n {
		go func() {
			r, err := h.Reserve(t.Context(), "GET /api/v1/users/{userId}")
			results <- result{r, err}
		}()
	}
	// 9 slots are left in the window: 9 reservations go, the others wait, in flight or not.
	var granted []*Reservation
	for range 9 {
		res := receive(t, results)
		if res.err != nil {
			t.Fatal(res.err)
		}
		granted = append(granted, res.r)
	}
	h.awaitWaiting(t, n-9)
	for i, r := range granted {
		r.Done(headers(10, 8-i, epoch, 10*time.Second), true)
	}
	h.awaitWaiting(t, n-9)
	if got := len(results); got != 0 {
		t.Fatalf("%d more reservations went through a spent bucket", got)
	}
	// The window resets: 10 more go.
	h.clock.Advance(10 * time.Second)
	for range 10 {
		if res := receive(t, results); res.err != nil {
			t.Fatal(res.err)
		}
	}
	h.awaitWaiting(t, n-19)
	if got := len(results); got != 0 {
		t.Fatalf("%d reservations beyond the new window's limit", got)
	}
}

func TestReserveHonoursContext(t *testing.T) {
	t.Parallel()
	t.Run("cancel", func(t *testing.T) {
		t.Parallel()
		h := newHarness(t, Config{})
		h.prime(t, "k", 1, 0, epoch, 30*time.Second)
		ctx, cancel := context.WithCancel(t.Context())
		c := h.reserveAsync(ctx, "k")
		h.awaitWaiting(t, 1)
		cancel()
		if res := receive(t, c); !errors.Is(res.err, context.Canceled) {
			t.Fatalf("err = %v, want context.Canceled", res.err)
		}
		// The canceled wait held nothing: the next window is whole.
		h.clock.Advance(30 * time.Second)
		if _, err := h.Reserve(t.Context(), "k"); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("deadline", func(t *testing.T) {
		t.Parallel()
		now := time.Now()
		h := newHarness(t, Config{Clock: NewFakeClock(now)})
		h.prime(t, "k", 1, 0, now, 30*time.Second)
		ctx, cancel := context.WithDeadline(t.Context(), now.Add(5*time.Second))
		defer cancel()
		// The bucket refills after the deadline: no point in waiting.
		if _, err := h.Reserve(ctx, "k"); !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("err = %v, want context.DeadlineExceeded", err)
		}
	})
}

func TestReserveMaxWait(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Config{MaxWait: 2 * time.Second})
	h.prime(t, "k", 5, 0, epoch, 40*time.Second)
	c := h.reserveAsync(t.Context(), "k")
	h.awaitWaiting(t, 1)
	h.clock.Advance(2 * time.Second)
	// The wait is capped: the request goes, and the server decides.
	if res := receive(t, c); res.err != nil {
		t.Fatal(res.err)
	}
	if want := []time.Duration{2 * time.Second}; fmt.Sprint(h.waits) != fmt.Sprint(want) {
		t.Errorf("waits = %v, want %v", h.waits, want)
	}
}

func TestReserveClockSkew(t *testing.T) {
	t.Parallel()
	for _, skew := range []time.Duration{0, -26 * 365 * 24 * time.Hour, 3 * time.Hour, -90 * time.Second} {
		t.Run(skew.String(), func(t *testing.T) {
			t.Parallel()
			// The client's clock is skew behind Okta's; the wait follows Okta's Date and Reset.
			h := newHarness(t, Config{Clock: NewFakeClock(epoch.Add(skew))})
			h.prime(t, "k", 10, 0, epoch, 30*time.Second)
			c := h.reserveAsync(t.Context(), "k")
			h.awaitWaiting(t, 1)
			h.clock.Advance(30*time.Second - time.Millisecond)
			h.awaitWaiting(t, 1)
			if len(c) != 0 {
				t.Fatal("the reservation went before the reset")
			}
			h.clock.Advance(time.Millisecond)
			if res := receive(t, c); res.err != nil {
				t.Fatal(res.err)
			}
			if want := []time.Duration{30 * time.Second}; fmt.Sprint(h.waits) != fmt.Sprint(want) {
				t.Errorf("waits = %v, want %v", h.waits, want)
			}
		})
	}
}

func TestSkewNarrowsWithDates(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Config{})
	// Okta's clock reads epoch + 0.3 s when the client starts; its Date header drops the fraction, so the
	// first answer alone places the reset up to 0.3 s late.
	h.prime(t, "k", 10, 9, epoch, 10*time.Second)
	// An answer stamped just as Okta's second ticks narrows the skew to the truth.
	h.clock.Advance(700 * time.Millisecond)
	h.prime(t, "k", 10, 0, epoch.Add(time.Second), 9*time.Second)
	c := h.reserveAsync(t.Context(), "k")
	h.awaitWaiting(t, 1)
	if want := []time.Duration{9 * time.Second}; fmt.Sprint(h.waits) != fmt.Sprint(want) {
		t.Errorf("waits = %v, want %v", h.waits, want)
	}
	h.clock.Advance(9 * time.Second)
	if res := receive(t, c); res.err != nil {
		t.Fatal(res.err)
	}
}

func TestBucketsAreIndependent(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Config{})
	h.prime(t, "GET /api/v1/users/{userId}", 10, 0, epoch, time.Minute)
	c := h.reserveAsync(t.Context(), "GET /api/v1/users/{userId}")
	h.awaitWaiting(t, 1)
	for _, key := range []string{"GET /api/v1/users", "DELETE /api/v1/users/{userId}", "GET /api/v1/groups/{groupId}"} {
		if _, err := h.Reserve(t.Context(), key); err != nil {
			t.Fatalf("%s: %v", key, err)
		}
	}
	if len(c) != 0 {
		t.Fatal("the spent bucket let a reservation through")
	}
}

func TestReserveFraction(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		reserve   float64
		limit     int
		wantTotal int // reservations in the window, the priming one included
	}{
		{0, 10, 10},
		{0.2, 10, 8},
		{0.5, 3, 1},
		{0.9, 1, 1}, // always one
	} {
		t.Run(fmt.Sprint(tc.reserve, "/", tc.limit), func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, Config{Reserve: tc.reserve})
			h.prime(t, "k", tc.limit, tc.limit-1, epoch, time.Minute)
			for range tc.wantTotal - 1 {
				if _, err := h.Reserve(t.Context(), "k"); err != nil {
					t.Fatal(err)
				}
			}
			c := h.reserveAsync(t.Context(), "k")
			h.awaitWaiting(t, 1)
			if len(c) != 0 {
				t.Fatal("a reservation went beyond the share")
			}
		})
	}
}

func TestUnknownBucketProbesOneAtATime(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Config{})
	probe, err := h.Reserve(t.Context(), "k")
	if err != nil {
		t.Fatal(err)
	}
	c := h.reserveAsync(t.Context(), "k")
	h.awaitWaiting(t, 1)
	// An answer without rate-limit headers: the bucket is unlimited, as far as the client can tell.
	probe.Done(Headers{}, true)
	if res := receive(t, c); res.err != nil {
		t.Fatal(res.err)
	}
	for range 100 {
		if _, err := h.Reserve(t.Context(), "k"); err != nil {
			t.Fatal(err)
		}
	}
}

func TestAnswersUpdateTheBucket(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Config{})
	h.prime(t, "k", 10, 5, epoch, 10*time.Second)
	r1, _ := h.Reserve(t.Context(), "k")
	r2, _ := h.Reserve(t.Context(), "k")
	// A concurrent-limit 429 reports a limit of 0: it says nothing of the bucket.
	r1.Done(Headers{Limit: 0, Remaining: 0, Reset: epoch.Add(time.Second).Unix(), Date: epoch, Valid: true}, true)
	// An answer that arrives late from an older window is ignored.
	r2.Done(headers(10, 0, epoch.Add(-10*time.Second), 10*time.Second), true)
	for range 5 {
		if _, err := h.Reserve(t.Context(), "k"); err != nil {
			t.Fatal(err)
		}
	}
	c := h.reserveAsync(t.Context(), "k")
	h.awaitWaiting(t, 1)
	if len(c) != 0 {
		t.Fatal("reserved past the remaining budget")
	}
}

func TestBucketTableIsBounded(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Config{MaxBuckets: 4})
	for i := range 100 {
		h.prime(t, fmt.Sprintf("GET /k%d", i), 10, 5, epoch, time.Minute)
	}
	if got := h.Len(); got != 4 {
		t.Fatalf("Len = %d, want 4", got)
	}
	// The most recent buckets are kept.
	h.mu.Lock()
	_, ok := h.buckets["GET /k99"]
	h.mu.Unlock()
	if !ok {
		t.Error("the most recent bucket was evicted")
	}
	// Buckets in use are never evicted; the table shrinks back once they are idle.
	var held []*Reservation
	for i := range 6 {
		r, err := h.Reserve(t.Context(), fmt.Sprintf("GET /busy%d", i))
		if err != nil {
			t.Fatal(err)
		}
		held = append(held, r)
	}
	if got := h.Len(); got != 6 {
		t.Fatalf("Len = %d with 6 buckets in use, want 6", got)
	}
	for _, r := range held {
		r.Cancel()
	}
	h.prime(t, "GET /last", 10, 5, epoch, time.Minute)
	if got := h.Len(); got != 4 {
		t.Fatalf("Len = %d, want 4", got)
	}
}
