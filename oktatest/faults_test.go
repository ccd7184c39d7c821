package oktatest

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"testing"
	"time"

	"github.com/oktakit/okta"
)

func TestFailNext(t *testing.T) {
	t.Parallel()
	s := newTestServer(t)
	s.FailNext("GET /api/v1/users", 2, http.StatusServiceUnavailable)
	s.FailNext("/api/v1/groups", 1, http.StatusTooManyRequests)

	send(t, s, "POST", "/api/v1/users", newUserBody("f@example.com", "")).ok(t, 200) // another method
	send(t, s, "GET", "/api/v1/users", nil).oktaError(t, 503, "E0000009")
	send(t, s, "GET", "/api/v1/users", nil).oktaError(t, 503, "E0000009")
	send(t, s, "GET", "/api/v1/users", nil).ok(t, 200)

	r := send(t, s, "GET", "/api/v1/groups", nil)
	r.oktaError(t, 429, "E0000047")
	if r.header.Get("X-Rate-Limit-Remaining") != "0" || r.header.Get("X-Rate-Limit-Reset") == "" {
		t.Errorf("an injected 429 has rate-limit headers %v", r.header)
	}
	send(t, s, "GET", "/api/v1/groups", nil).ok(t, 200)
}

// TestClientRetriesInjectedFailures checks, end to end, what the SDK's retry policy does with each fault.
func TestClientRetriesInjectedFailures(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		inject    func(s *Server)
		call      func(ctx context.Context, c *okta.Client) error
		wantErr   int // the status of the error the call fails with, or 0
		wantTries int
	}{
		{"GET retried after 503", func(s *Server) { s.FailNext("GET /api/v1/users", 2, 503) },
			func(ctx context.Context, c *okta.Client) error { _, _, err := c.Users.List(ctx, nil); return err }, 0, 3},
		{"GET gives up after the retries", func(s *Server) { s.FailNext("GET /api/v1/users", 5, 500) },
			func(ctx context.Context, c *okta.Client) error { _, _, err := c.Users.List(ctx, nil); return err }, 500, 3},
		{"POST not retried after 503", func(s *Server) { s.FailNext("POST /api/v1/users", 1, 503) },
			func(ctx context.Context, c *okta.Client) error {
				_, _, err := c.Users.Create(ctx, &okta.CreateUserRequest{Profile: &okta.UserProfile{
					Login: "p@example.com", Email: "p@example.com", FirstName: "P", LastName: "P"}}, nil)
				return err
			}, 503, 1},
		{"POST retried after 429", func(s *Server) { s.FailNext("POST /api/v1/users", 1, 429) },
			func(ctx context.Context, c *okta.Client) error {
				_, _, err := c.Users.Create(ctx, &okta.CreateUserRequest{Profile: &okta.UserProfile{
					Login: "p@example.com", Email: "p@example.com", FirstName: "P", LastName: "P"}}, nil)
				return err
			}, 0, 2},
		{"GET retried after a dropped connection", func(s *Server) { s.DropNext("/api/v1/users/{id}", 1) },
			func(ctx context.Context, c *okta.Client) error {
				_, _, err := c.Users.Get(ctx, "nobody", nil)
				if errors.Is(err, okta.ErrNotFound) {
					return nil
				}
				return err
			}, 0, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newTestServer(t)
			c, err := s.NewClient(okta.WithMaxWait(5 * time.Millisecond))
			if err != nil {
				t.Fatal(err)
			}
			tt.inject(s)
			err = tt.call(t.Context(), c)
			var oe *okta.Error
			switch {
			case tt.wantErr == 0 && err != nil:
				t.Fatalf("call failed: %v", err)
			case tt.wantErr != 0 && !errors.As(err, &oe):
				t.Fatalf("err = %v, want an *okta.Error", err)
			case tt.wantErr != 0 && oe.StatusCode != tt.wantErr:
				t.Errorf("status = %d, want %d", oe.StatusCode, tt.wantErr)
			}
			reqs := s.Requests()
			if len(reqs) != tt.wantTries {
				t.Fatalf("%d requests, want %d", len(reqs), tt.wantTries)
			}
			for i, r := range reqs[1:] {
				if got := r.Header.Get("X-Okta-Retry-Count"); got != strconv.Itoa(i+1) {
					t.Errorf("retry %d: X-Okta-Retry-Count = %q", i+1, got)
				}
				if reqs[i].Status != 0 && r.Header.Get("X-Okta-Retry-For") != reqs[i].RequestID {
					t.Errorf("retry %d: X-Okta-Retry-For = %q, want %q", i+1, r.Header.Get("X-Okta-Retry-For"), reqs[i].RequestID)
				}
			}
		})
	}
}

func TestDropNext(t *testing.T) {
	t.Parallel()
	s := newTestServer(t)
	s.DropNext("/api/v1/users", 1)
	hc := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	get := func() (*http.Response, error) {
		req, _ := http.NewRequestWithContext(t.Context(), "GET", s.URL+"/api/v1/users", nil)
		req.Header.Set("Authorization", "SSWS "+s.Token)
		return hc.Do(req)
	}
	if resp, err := get(); err == nil {
		resp.Body.Close()
		t.Fatalf("status %d, want the connection dropped", resp.StatusCode)
	}
	resp, err := get()
	if err != nil {
		t.Fatalf("after the drop: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("after the drop: status %d", resp.StatusCode)
	}
	if reqs := s.Requests(); len(reqs) != 2 || reqs[0].Status != 0 || reqs[1].Status != 200 {
		t.Errorf("recorded %+v", reqs)
	}
}

func TestLatency(t *testing.T) {
	t.Parallel()
	s := newTestServer(t, WithLatency("GET /api/v1/groups", 20*time.Millisecond))
	start := time.Now()
	send(t, s, "GET", "/api/v1/groups", nil).ok(t, 200)
	if d := time.Since(start); d < 20*time.Millisecond {
		t.Errorf("GET /api/v1/groups took %v, want at least 20ms", d)
	}

	// A client that gives up is not kept waiting.
	s.SetLatency("/", time.Hour)
	c, err := s.NewClient(okta.WithMaxRetries(0))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
	defer cancel()
	if _, _, err := c.Users.List(ctx, nil); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err = %v, want the deadline", err)
	}
	s.SetLatency("/", 0)
	s.SetLatency("GET /api/v1/groups", 0)
	start = time.Now()
	send(t, s, "GET", "/api/v1/groups", nil).ok(t, 200)
	if d := time.Since(start); d > time.Second {
		t.Errorf("after removing the latency a request took %v", d)
	}
}
