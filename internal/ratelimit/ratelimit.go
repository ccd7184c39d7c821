// Package ratelimit keeps the client's view of Okta's rate-limit buckets: what the X-Rate-Limit-* headers of
// the last responses said, how many requests are in flight, and when a spent bucket refills. A request
// reserves a slot before it is sent and reports the response's headers when it comes back.
package ratelimit

import (
	"container/list"
	"context"
	"fmt"
	"math"
	"sync"
	"time"
)

// Clock is the time source of a Limiter; tests use a fake one.
type Clock interface {
	Now() time.Time
	// NewTimer returns a channel that receives once d has passed, and a function that stops the timer.
	NewTimer(d time.Duration) (<-chan time.Time, func() bool)
}

type realClock struct{}

func (realClock) Now() time.Time { return time.Now() }

func (realClock) NewTimer(d time.Duration) (<-chan time.Time, func() bool) {
	t := time.NewTimer(d)
	return t.C, t.Stop
}

// DefaultMaxBuckets bounds the bucket table: more than the API's operations, so that a client calling all of
// them keeps every bucket.
const DefaultMaxBuckets = 1024

// Config configures a Limiter.
type Config struct {
	// Reserve is the share of each bucket left unused for other integrations, in [0, 1).
	Reserve float64
	// MaxWait is the longest a reservation waits for a spent bucket to refill; then it goes ahead. Zero
	// means no bound beyond the context.
	MaxWait time.Duration
	// MaxBuckets bounds the bucket table (DefaultMaxBuckets if zero); the least recently used idle bucket is
	// forgotten first.
	MaxBuckets int
	// Clock is the time source (the system clock if nil).
	Clock Clock
	// OnWait, if set, is called when a reservation starts waiting d for the bucket key to refill.
	OnWait func(ctx context.Context, key string, d time.Duration)
}

// Limiter tracks rate-limit buckets by key. It is safe for concurrent use.
type Limiter struct {
	cfg   Config
	clock Clock
	base  time.Time // local instants are kept as durations since base (monotonic)

	mu      sync.Mutex
	buckets map[string]*list.Element // of *bucket
	lru     list.List                // front: most recently used
	skew    skew

	blocked func(delta int) // tests: called as a reservation starts (1) and stops (-1) waiting
}

// bucket is what the client knows of one bucket.
type bucket struct {
	key       string
	known     bool          // a response has told us the bucket's limit (or that it has none)
	limit     int           // requests per window; 0: the responses carry no limit
	remaining int           // what the server said is left in the window, lowered by our own later answers
	reset     int64         // the window's end, in server Unix seconds
	expired   bool          // the window is believed over: remaining was refilled to limit locally
	inflight  int           // reservations not yet answered
	waiters   int           // reservations waiting
	changed   chan struct{} // closed and replaced whenever the bucket changes
}

// skew is what the responses' Date headers tell of the server's clock: a lower bound of server time minus
// local time (local time counted from Limiter.base). Using the lower bound places the server's reset no
// earlier in local time than it really is.
type skew struct {
	known bool
	lo    time.Duration
}

// New returns a Limiter.
func New(cfg Config) *Limiter {
	if cfg.Clock == nil {
		cfg.Clock = realClock{}
	}
	if cfg.MaxBuckets <= 0 {
		cfg.MaxBuckets = DefaultMaxBuckets
	}
	return &Limiter{cfg: cfg, clock: cfg.Clock, base: cfg.Clock.Now(), buckets: map[string]*list.Element{}}
}

// Len returns how many buckets the limiter remembers.
func (l *Limiter) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.buckets)
}

// errDeadline is a reservation refused because the bucket refills after the context's deadline.
type errDeadline struct {
	key  string
	wait time.Duration
}

func (e *errDeadline) Error() string {
	return fmt.Sprintf("the rate-limit bucket of %s is spent for %v more, past the context's deadline", e.key, e.wait.Round(time.Millisecond))
}

func (e *errDeadline) Is(target error) bool { return target == context.DeadlineExceeded }

// Reservation is one request's slot in a bucket. Exactly one of Done or Cancel must be called.
type Reservation struct {
	l    *Limiter
	b    *bucket
	sent time.Duration // local time of the reservation, since Limiter.base
	once sync.Once
}

// Headers is what a response says of its bucket.
type Headers struct {
	Limit     int       // X-Rate-Limit-Limit
	Remaining int       // X-Rate-Limit-Remaining
	Reset     int64     // X-Rate-Limit-Reset, in Unix seconds
	Date      time.Time // the response's Date
	Valid     bool      // all four headers were present and parsed
}

// Reserve waits until the bucket key has room for one more request and reserves it. Waiting for a spent
// bucket to refill lasts at most MaxWait: then the request is let through, and the server decides, as it would
// without a limiter. Reserve returns ctx's error when ctx ends first, and an error matching
// context.DeadlineExceeded at once when the wait would outlast ctx's deadline.
func (l *Limiter) Reserve(ctx context.Context, key string) (*Reservation, error) {
	l.mu.Lock()
	b := l.bucket(key)
	var giveUp time.Time // when waiting for the reset stops, from the first wait on
	for {
		now := l.clock.Now()
		ok, wait, spent := l.room(b, now)
		if ok || spent && !giveUp.IsZero() && !now.Before(giveUp) {
			b.inflight++
			l.mu.Unlock()
			return &Reservation{l: l, b: b, sent: now.Sub(l.base)}, nil
		}
		first := false
		if spent {
			if giveUp.IsZero() && l.cfg.MaxWait > 0 {
				giveUp, first = now.Add(l.cfg.MaxWait), true
			} else if giveUp.IsZero() {
				first = true
			}
			if !giveUp.IsZero() {
				wait = min(wait, giveUp.Sub(now))
			}
			if dl, ok := ctx.Deadline(); ok && dl.Before(now.Add(wait)) {
				l.mu.Unlock()
				return nil, &errDeadline{key: key, wait: wait}
			}
		}
		changed := b.changed
		b.waiters++
		l.mu.Unlock()
		if first && l.cfg.OnWait != nil {
			l.cfg.OnWait(ctx, key, wait)
		}
		err := l.sleep(ctx, wait, changed)
		l.mu.Lock()
		b.waiters--
		if err != nil {
			l.mu.Unlock()
			return nil, err
		}
	}
}

// sleep waits for d (without a timer if d is 0), a change of the bucket, or the end of ctx.
func (l *Limiter) sleep(ctx context.Context, d time.Duration, changed <-chan struct{}) error {
	var timer <-chan time.Time
	if d > 0 {
		c, stop := l.clock.NewTimer(d)
		defer stop()
		timer = c
	}
	if l.blocked != nil {
		l.blocked(1)
		defer l.blocked(-1)
	}
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-changed:
	case <-timer:
	}
	return nil
}

// room reports whether b has room for one more request now. If not, wait is how long until its window
// resets (0 when unknown: only an answer to a request in flight can tell), and spent reports that the
// window's budget is used up, so that only the reset can help.
func (l *Limiter) room(b *bucket, now time.Time) (ok bool, wait time.Duration, spent bool) {
	if !b.known {
		// One request at a time learns the bucket's limit.
		return b.inflight == 0, 0, false
	}
	if b.limit <= 0 {
		return true, 0, false
	}
	if !b.expired && !now.Before(l.local(b.reset)) {
		// The window is over: the next one starts with a full bucket. Requests still in flight count
		// against it, which errs on the safe side.
		b.expired, b.remaining = true, b.limit
	}
	usable := max(1, int(math.Floor(float64(b.limit)*(1-l.cfg.Reserve)+1e-9)))
	used := b.limit - b.remaining
	switch {
	case used+b.inflight < usable:
		return true, 0, false
	case b.expired:
		return false, 0, false // the new window's reset comes with the first answer
	}
	wait = max(l.local(b.reset).Sub(now), time.Nanosecond)
	return false, wait, used >= usable
}

// local converts a server time in Unix seconds to a local instant, by the skew learned from Date headers.
func (l *Limiter) local(unix int64) time.Time {
	if !l.skew.known {
		return l.base // unreachable: a known bucket comes with a Date
	}
	return l.base.Add(time.Duration(unix)*time.Second - l.skew.lo)
}

// bucket returns the bucket of key, creating it and evicting the least recently used idle bucket as needed.
func (l *Limiter) bucket(key string) *bucket {
	if e, ok := l.buckets[key]; ok {
		l.lru.MoveToFront(e)
		return e.Value.(*bucket)
	}
	b := &bucket{key: key, changed: make(chan struct{})}
	l.buckets[key] = l.lru.PushFront(b)
	for e := l.lru.Back(); e != nil && len(l.buckets) > l.cfg.MaxBuckets; {
		prev := e.Prev()
		if old := e.Value.(*bucket); old != b && old.inflight == 0 && old.waiters == 0 {
			l.lru.Remove(e)
			delete(l.buckets, old.key)
		}
		e = prev
	}
	return b
}

// Cancel gives the slot back unused: the request was not sent.
func (r *Reservation) Cancel() { r.Done(Headers{}, false) }

// Done records the answer to the reserved request: h are its rate-limit headers (h.Valid false when there
// were none), received at the limiter's current time; sent reports whether the request reached the server
// (false for a request that could not be sent).
func (r *Reservation) Done(h Headers, sent bool) {
	r.once.Do(func() { r.l.done(r, h, sent) })
}

func (l *Limiter) done(r *Reservation, h Headers, sent bool) {
	recv := l.clock.Now().Sub(l.base)
	l.mu.Lock()
	defer l.mu.Unlock()
	b := r.b
	b.inflight--
	defer func() {
		close(b.changed)
		b.changed = make(chan struct{})
	}()
	if !h.Valid {
		if sent && !b.known {
			// No rate-limit headers: this bucket is not limited, as far as the client can tell.
			b.known, b.limit = true, 0
		}
		return
	}
	l.observeDate(h.Date, r.sent, recv)
	if h.Limit <= 0 {
		// Okta reports a concurrent-limit refusal with a limit and remaining of 0: it says nothing of the bucket.
		return
	}
	switch {
	case !b.known || b.limit <= 0 || h.Reset > b.reset:
		b.known, b.expired = true, false
		b.limit, b.remaining, b.reset = h.Limit, h.Remaining, h.Reset
	case h.Reset == b.reset && !b.expired:
		b.limit = h.Limit
		b.remaining = min(b.remaining, h.Remaining)
	}
	// An answer from a window already over says nothing of the current one.
}

// observeDate narrows the skew with a Date header: the server stamped it between the request's reservation
// and its answer, and Date is truncated to the second.
func (l *Limiter) observeDate(date time.Time, sent, recv time.Duration) {
	server := time.Duration(date.Unix()) * time.Second
	lo := server - recv               // server time - local time, at least
	hi := server + time.Second - sent // at most
	switch {
	case !l.skew.known || l.skew.lo > hi:
		// First sample, or the server's clock moved back: start again.
		l.skew = skew{known: true, lo: lo}
	case lo > l.skew.lo:
		l.skew.lo = lo
	}
}
