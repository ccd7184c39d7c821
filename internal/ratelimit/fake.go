package ratelimit

import (
	"sync"
	"time"
)

// FakeClock is a Clock for tests: it moves only when told, and its timers fire as it passes them.
type FakeClock struct {
	mu      sync.Mutex
	now     time.Time
	timers  []*fakeTimer
	changed chan struct{} // signalled when a timer is added
}

type fakeTimer struct {
	at time.Time
	c  chan time.Time
}

// NewFakeClock returns a FakeClock that reads now.
func NewFakeClock(now time.Time) *FakeClock {
	return &FakeClock{now: now, changed: make(chan struct{}, 1)}
}

// Now returns the clock's time.
func (f *FakeClock) Now() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.now
}

// NewTimer returns a timer that fires when the clock has advanced by d.
func (f *FakeClock) NewTimer(d time.Duration) (<-chan time.Time, func() bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	t := &fakeTimer{at: f.now.Add(d), c: make(chan time.Time, 1)}
	f.timers = append(f.timers, t)
	select {
	case f.changed <- struct{}{}:
	default:
	}
	return t.c, func() bool {
		f.mu.Lock()
		defer f.mu.Unlock()
		for i, o := range f.timers {
			if o == t {
				f.timers = append(f.timers[:i], f.timers[i+1:]...)
				return true
			}
		}
		return false
	}
}

// Advance moves the clock forward by d and fires the timers it passes.
func (f *FakeClock) Advance(d time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.now = f.now.Add(d)
	kept := f.timers[:0]
	for _, t := range f.timers {
		if t.at.After(f.now) {
			kept = append(kept, t)
		} else {
			t.c <- f.now
		}
	}
	f.timers = kept
}

// AwaitTimers blocks until n timers are pending, or timeout passes (in real time); it reports whether n were.
func (f *FakeClock) AwaitTimers(n int, timeout time.Duration) bool {
	guard := time.NewTimer(timeout)
	defer guard.Stop()
	for {
		f.mu.Lock()
		pending := len(f.timers)
		f.mu.Unlock()
		if pending == n {
			return true
		}
		select {
		case <-f.changed:
		case <-guard.C:
			return false
		}
	}
}
