package okta_test

import (
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/oktakit/okta"
	"github.com/oktakit/okta/oktatest"
)

// BenchmarkRateLimitedClients runs 8 goroutines sharing one client against an Okta-like budget of 100 requests
// per 10 s window on getUser, for 300 GETs of one user, with proactive rate limiting on and off. It reports
// the calls that failed, the 429 answers, and the elapsed time over the ideal: the whole windows the budget
// forces before the last call can be sent (2 windows here). One iteration takes about 20 s per mode:
//
//	go test -run '^$' -bench RateLimitedClients -benchtime 1x .
func BenchmarkRateLimitedClients(b *testing.B) {
	const (
		goroutines = 8
		calls      = 300
		limit      = 100
		window     = 10 * time.Second
	)
	ideal := time.Duration((calls+limit-1)/limit-1) * window
	for _, mode := range []struct {
		name      string
		proactive bool
	}{{"proactive", true}, {"reactive", false}} {
		b.Run(mode.name, func(b *testing.B) {
			var failed, limited, total, elapsed float64
			runs := 0
			for b.Loop() {
				s := oktatest.NewServer(oktatest.WithRateLimit("GET /api/v1/users/{id}", limit, window))
				c, err := s.NewClient(okta.WithRateLimiting(mode.proactive))
				if err != nil {
					b.Fatal(err)
				}
				user, _, err := c.Users.Create(b.Context(), &okta.CreateUserRequest{Profile: &okta.UserProfile{
					Login: "bench@example.com", Email: "bench@example.com", FirstName: "Bench", LastName: "Mark",
				}}, nil)
				if err != nil {
					b.Fatal(err)
				}
				var next, errs atomic.Int64
				var wg sync.WaitGroup
				start := time.Now()
				for range goroutines {
					wg.Go(func() {
						for next.Add(1) <= calls {
							if _, _, err := c.Users.Get(b.Context(), user.ID, nil); err != nil {
								errs.Add(1)
							}
						}
					})
				}
				wg.Wait()
				elapsed += float64(time.Since(start)) / float64(ideal)
				failed += float64(errs.Load())
				for _, r := range s.Requests() {
					if r.Method == http.MethodGet {
						total++
						if r.Status == http.StatusTooManyRequests {
							limited++
						}
					}
				}
				s.Close()
				runs++
			}
			b.ReportMetric(failed/float64(runs), "failed/op")
			b.ReportMetric(limited/float64(runs), "429s/op")
			b.ReportMetric(100*limited/max(total, 1), "%429")
			b.ReportMetric(elapsed/float64(runs), "x-ideal")
		})
	}
}
