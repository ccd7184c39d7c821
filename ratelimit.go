package okta

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/oktakit/okta/internal/ratelimit"
)

// DefaultMaxConcurrency bounds the requests one client has in flight unless WithMaxConcurrency says otherwise.
// Okta limits the requests an org processes at once (35 on its smallest plan, 75 on most); 20 leaves the rest
// to the org's other traffic, and is far more than a client needs to use a per-minute budget.
const DefaultMaxConcurrency = 20

// rateLimitSettings is what WithRateLimiting, WithRateLimitReserve and WithMaxConcurrency set.
type rateLimitSettings struct {
	off            bool
	reserve        float64
	maxConcurrency int             // 0: no bound
	clock          ratelimit.Clock // nil: the system clock (tests set a fake one)
	maxBuckets     int             // 0: ratelimit.DefaultMaxBuckets
}

// bucketKey is the context key of the rate-limit bucket of a call: its method and path template.
type bucketKey struct{}

// withBucket returns a context that sends the attempts of r to the bucket of r's operation. Calls of one
// operation share a bucket whatever their IDs, and so do the pages of a list (see pageRequest).
func withBucket(ctx context.Context, r *request) context.Context {
	if r.tmpl == "" {
		return ctx
	}
	return context.WithValue(ctx, bucketKey{}, r.method+" "+r.tmpl)
}

// bucketOf returns the bucket of req: its operation's, or its method and path for requests made outside the
// services (the OAuth token request).
func bucketOf(req *http.Request) string {
	if k, ok := req.Context().Value(bucketKey{}).(string); ok {
		return k
	}
	return req.Method + " " + req.URL.EscapedPath()
}

// limitTransport reserves a slot in the request's rate-limit bucket before each attempt, and a slot of the
// client's concurrency bound, and learns the bucket's state from the answer's X-Rate-Limit-* headers. It sits
// under the retry policy and the authorization, so every attempt counts and a token request never waits on
// a slot held by the request it authorizes.
type limitTransport struct {
	base    http.RoundTripper
	limiter *ratelimit.Limiter // nil: proactive rate limiting is off
	slots   chan struct{}      // nil: no concurrency bound
}

func newLimitTransport(base http.RoundTripper, s *settings, logger *slog.Logger) http.RoundTripper {
	rl := s.rateLimit
	if rl.off && rl.maxConcurrency == 0 {
		return base
	}
	t := &limitTransport{base: base}
	if !rl.off {
		t.limiter = ratelimit.New(ratelimit.Config{
			Reserve:    rl.reserve,
			MaxWait:    s.maxWait,
			MaxBuckets: rl.maxBuckets,
			Clock:      rl.clock,
			OnWait: func(ctx context.Context, key string, d time.Duration) {
				logger.LogAttrs(ctx, slog.LevelDebug, "okta rate limit wait",
					slog.String("bucket", key), slog.Duration("wait", d))
			},
		})
	}
	if rl.maxConcurrency > 0 {
		t.slots = make(chan struct{}, rl.maxConcurrency)
	}
	return t
}

func (t *limitTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	var res *ratelimit.Reservation
	if t.limiter != nil {
		var err error
		if res, err = t.limiter.Reserve(ctx, bucketOf(req)); err != nil {
			closeBody(req)
			return nil, err
		}
	}
	if t.slots != nil {
		select {
		case t.slots <- struct{}{}:
		case <-ctx.Done():
			if res != nil {
				res.Cancel()
			}
			closeBody(req)
			return nil, ctx.Err()
		}
	}
	resp, err := t.base.RoundTrip(req)
	if res != nil {
		if err != nil {
			res.Done(ratelimit.Headers{}, false)
		} else {
			res.Done(rateLimitHeaders(resp.Header), true)
		}
	}
	if t.slots != nil {
		if err != nil || resp.Body == nil {
			<-t.slots
		} else {
			// Okta counts a request as in flight until its answer is complete.
			resp.Body = &releaseBody{ReadCloser: resp.Body, release: func() { <-t.slots }}
		}
	}
	return resp, err
}

func closeBody(req *http.Request) {
	if req.Body != nil {
		req.Body.Close()
	}
}

// rateLimitHeaders reads what an answer says of its bucket.
func rateLimitHeaders(h http.Header) ratelimit.Headers {
	var out ratelimit.Headers
	var err1, err2, err3 error
	out.Limit, err1 = strconv.Atoi(h.Get("X-Rate-Limit-Limit"))
	out.Remaining, err2 = strconv.Atoi(h.Get("X-Rate-Limit-Remaining"))
	reset, ok := smallestReset(h)
	out.Date, err3 = http.ParseTime(h.Get("Date"))
	out.Reset = reset
	out.Valid = err1 == nil && err2 == nil && err3 == nil && ok
	return out
}

// releaseBody gives the concurrency slot back when the answer has been read or closed, whichever comes first.
type releaseBody struct {
	io.ReadCloser
	once    sync.Once
	release func()
}

func (b *releaseBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if err != nil {
		b.once.Do(b.release)
	}
	return n, err
}

func (b *releaseBody) Close() error {
	err := b.ReadCloser.Close()
	b.once.Do(b.release)
	return err
}
