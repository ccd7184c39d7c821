package okta

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/oauth2"
)

func TestBackoffFollowsOktasRateLimitHeaders(t *testing.T) {
	t.Parallel()
	// Recorded in test_list_agent_pools_with_multiple_pool_types: a 429 at 16:21:50 whose window resets at
	// 1757607758 (16:22:38); the SDK that made the recording retried at 16:22:41.
	recorded := http.Header{
		"Date":               {"Thu, 11 Sep 2025 16:21:50 GMT"},
		"X-Rate-Limit-Reset": {"1757607758"},
	}
	tests := []struct {
		name   string
		status int
		header http.Header
		max    time.Duration
		want   time.Duration // exact, or 0 for "exponential with jitter"
	}{
		{"recorded 429", 429, recorded, time.Hour, 49 * time.Second},
		{"capped by max wait", 429, recorded, 5 * time.Second, 5 * time.Second},
		{"smallest of several resets", 429, http.Header{"Date": recorded["Date"], "X-Rate-Limit-Reset": {"1757607790, 1757607760", "1757607770"}}, time.Hour, 51 * time.Second},
		{"reset already passed", 429, http.Header{"Date": recorded["Date"], "X-Rate-Limit-Reset": {"1757607000"}}, time.Hour, time.Second},
		{"no Date header", 429, http.Header{"X-Rate-Limit-Reset": {"1757607758"}}, time.Hour, 0},
		{"no reset header", 429, http.Header{"Date": recorded["Date"]}, time.Hour, 0},
		{"503", 503, recorded, time.Hour, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			resp := &http.Response{StatusCode: tt.status, Header: tt.header}
			for attempt := range 4 {
				got := backoff(retryWaitMin, tt.max, attempt, resp)
				if tt.want != 0 {
					if got != tt.want {
						t.Errorf("attempt %d: wait = %v, want %v", attempt, got, tt.want)
					}
					continue
				}
				step := min(retryWaitMin<<attempt, tt.max)
				if got < step/2 || got > step {
					t.Errorf("attempt %d: wait = %v, want within [%v, %v]", attempt, got, step/2, step)
				}
			}
		})
	}
}

// recordingServer answers each request with the next of its responses and records what it received.
type recordingServer struct {
	mu        sync.Mutex
	requests  []*http.Request
	responses []func(w http.ResponseWriter, n int)
}

func (s *recordingServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	n := len(s.requests)
	body, _ := io.ReadAll(r.Body)
	r2 := r.Clone(context.Background())
	r2.Body = io.NopCloser(bytes.NewReader(body))
	s.requests = append(s.requests, r2)
	respond := s.responses[min(n, len(s.responses)-1)]
	s.mu.Unlock()
	w.Header().Set("X-Okta-Request-Id", "req-"+strconv.Itoa(n+1))
	respond(w, n)
}

func (s *recordingServer) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.requests)
}

func rateLimited(w http.ResponseWriter, _ int) {
	now := time.Now()
	w.Header().Set("Date", now.UTC().Format(http.TimeFormat))
	w.Header().Set("X-Rate-Limit-Limit", "10")
	w.Header().Set("X-Rate-Limit-Remaining", "0")
	w.Header().Set("X-Rate-Limit-Reset", strconv.FormatInt(now.Unix(), 10))
	serveJSON(w, http.StatusTooManyRequests, []byte(`{"errorCode":"E0000047","errorSummary":"API call exceeded rate limit due to too many requests.","errorLink":"E0000047","errorId":"oae_A2-4_P9RtWIEh-N4O0qfg","errorCauses":[]}`))
}

func unavailable(w http.ResponseWriter, _ int) { http.Error(w, "down", http.StatusServiceUnavailable) }

func okUser(w http.ResponseWriter, _ int) { serveJSON(w, 200, []byte(`{"id":"00u1"}`)) }

func hangUp(w http.ResponseWriter, _ int) {
	conn, _, err := w.(http.Hijacker).Hijack()
	if err == nil {
		conn.Close()
	}
}

func TestRetryPolicy(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		method    string
		responses []func(http.ResponseWriter, int)
		retries   int
		wantCalls int
		wantErr   error // nil: success
		wantCode  string
	}{
		{"429 then success, GET", "GET", []func(http.ResponseWriter, int){rateLimited, okUser}, 2, 2, nil, ""},
		{"429 then success, POST: Okta did not process it", "POST", []func(http.ResponseWriter, int){rateLimited, okUser}, 2, 2, nil, ""},
		{"429 until retries run out", "GET", []func(http.ResponseWriter, int){rateLimited}, 2, 3, ErrRateLimited, "E0000047"},
		{"503 then success, GET", "GET", []func(http.ResponseWriter, int){unavailable, okUser}, 2, 2, nil, ""},
		{"503 then success, PUT", "PUT", []func(http.ResponseWriter, int){unavailable, okUser}, 2, 2, nil, ""},
		{"503, POST is never repeated", "POST", []func(http.ResponseWriter, int){unavailable, okUser}, 2, 1, &Error{}, ""},
		{"dropped connection, GET retried", "GET", []func(http.ResponseWriter, int){hangUp, hangUp, okUser}, 2, 3, nil, ""},
		{"dropped connection, POST never repeated", "POST", []func(http.ResponseWriter, int){hangUp, okUser}, 2, 1, io.EOF, ""},
		{"server that always hangs up costs max retries", "GET", []func(http.ResponseWriter, int){hangUp}, 3, 4, io.EOF, ""},
		{"retries disabled", "GET", []func(http.ResponseWriter, int){rateLimited, okUser}, 0, 1, ErrRateLimited, "E0000047"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv := &recordingServer{responses: tt.responses}
			c, mux := setup(t, WithMaxRetries(tt.retries))
			mux.Handle("/api/v1/users/00u1", srv)
			var user *User
			_, err := c.do(t.Context(), newRequest(tt.method, "/api/v1/users/{userId}", "00u1").withBody(map[string]string{"a": "b"}), &user, false)
			if got := srv.count(); got != tt.wantCalls {
				t.Errorf("server saw %d requests, want %d", got, tt.wantCalls)
			}
			switch want := tt.wantErr.(type) {
			case nil:
				if err != nil || user == nil || user.ID != "00u1" {
					t.Errorf("err = %v, user = %+v", err, user)
				}
			case *Error:
				var oe *Error
				if !errors.As(err, &oe) {
					t.Errorf("err = %v, want *okta.Error", err)
				}
			default:
				if err == nil || (want != io.EOF && !errors.Is(err, want)) {
					t.Errorf("err = %v, want %v", err, want)
				}
				var oe *Error
				if tt.wantCode != "" && (!errors.As(err, &oe) || oe.ErrorCode != tt.wantCode || oe.Response == nil || oe.Response.RateLimit.Limit != 10) {
					t.Errorf("err = %#v, want %s with the response and its rate-limit headers", err, tt.wantCode)
				}
			}
			// Every retry names the request it retries and counts, with one value each.
			for i, r := range srv.requests {
				count, retryFor := r.Header.Values("X-Okta-Retry-Count"), r.Header.Values("X-Okta-Retry-For")
				if i == 0 {
					if len(count)+len(retryFor) != 0 {
						t.Errorf("first request carries retry headers: %v %v", count, retryFor)
					}
					continue
				}
				if want := []string{strconv.Itoa(i)}; !equalStrings(count, want) {
					t.Errorf("request %d: X-Okta-Retry-Count = %q, want %q", i+1, count, want)
				}
				want := []string{"req-" + strconv.Itoa(i)}
				if strings.Contains(tt.name, "connection") || strings.Contains(tt.name, "hangs up") {
					want = nil // no response, so no request ID to name
				}
				if !equalStrings(retryFor, want) {
					t.Errorf("request %d: X-Okta-Retry-For = %q, want %q", i+1, retryFor, want)
				}
				if b, _ := io.ReadAll(r.Body); string(b) != `{"a":"b"}` {
					t.Errorf("request %d: body = %q, want the body again", i+1, b)
				}
			}
		})
	}
}

func equalStrings(a, b []string) bool {
	return strings.Join(a, "\x00") == strings.Join(b, "\x00") && len(a) == len(b)
}

// countingTransport fails every dial the way a refused connection does and counts the attempts.
type countingTransport struct{ n atomic.Int32 }

func (t *countingTransport) RoundTrip(*http.Request) (*http.Response, error) {
	t.n.Add(1)
	return nil, &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connection refused")}
}

func TestConnectionNeverOpenedIsRetriedForAnyMethod(t *testing.T) {
	t.Parallel()
	tr := &countingTransport{}
	c, err := NewClient(WithOrgURL("https://dev-1.okta.com"), WithAPIToken("t"), WithHTTPClient(&http.Client{Transport: tr}),
		WithMaxRetries(2), WithMaxWait(time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = c.Users.Create(t.Context(), &CreateUserRequest{}, nil)
	if err == nil || !strings.Contains(err.Error(), "connection refused") {
		t.Errorf("err = %v", err)
	}
	if got := tr.n.Load(); got != 3 {
		t.Errorf("attempts = %d, want 3: the caller's transport is used, and a refused dial is safe to retry", got)
	}
}

func TestContextEndsRetryWait(t *testing.T) {
	t.Parallel()
	hit := make(chan struct{}, 1)
	c, mux := setup(t, WithMaxWait(time.Hour))
	mux.HandleFunc("GET /api/v1/users/{id}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Date", time.Now().UTC().Format(http.TimeFormat))
		w.Header().Set("X-Rate-Limit-Reset", strconv.FormatInt(time.Now().Add(30*time.Minute).Unix(), 10)) // within WithMaxWait
		w.WriteHeader(http.StatusTooManyRequests)
		hit <- struct{}{}
	})
	ctx, cancel := context.WithCancel(t.Context())
	go func() {
		<-hit
		cancel()
	}()
	_, _, err := c.Users.Get(ctx, "00u1", nil)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestRequestTimeoutBoundsTheCall(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	defer close(release)
	c, mux := setup(t, WithRequestTimeout(50*time.Millisecond))
	mux.HandleFunc("GET /api/v1/users/{id}", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	_, _, err := c.Users.Get(t.Context(), "00u1", nil)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err = %v, want context.DeadlineExceeded", err)
	}
}

func TestLogsNeverShowCredentials(t *testing.T) {
	t.Parallel()
	var buf syncBuffer
	logger := slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	srv := &recordingServer{responses: []func(http.ResponseWriter, int){rateLimited, okUser}}
	c, mux := setup(t, WithLogger(logger))
	mux.Handle("/api/v1/users/00u1", srv)
	if _, _, err := c.Users.Get(t.Context(), "00u1", nil); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.Contains(out, "okta request") || !strings.Contains(out, `"status":429`) {
		t.Errorf("log lacks the request and the 429:\n%s", out)
	}
	if strings.Contains(out, testToken) || strings.Contains(out, "SSWS") {
		t.Errorf("log shows the credentials:\n%s", out)
	}
}

// syncBuffer is a bytes.Buffer safe for the concurrent writes of a logger.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// failingTokenSource fails every time and counts the calls.
type failingTokenSource struct{ n atomic.Int32 }

func (f *failingTokenSource) Token() (*oauth2.Token, error) {
	f.n.Add(1)
	return nil, errors.New("token service unreachable")
}

func TestFailedAuthorizationIsNotRetried(t *testing.T) {
	t.Parallel()
	c0, _ := setup(t)
	ts := &failingTokenSource{}
	c, err := NewClient(WithOrgURL(c0.OrgURL()), WithInsecureHTTP(), WithTokenSource(ts), WithMaxRetries(3), WithMaxWait(time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = c.Users.Get(t.Context(), "00u1", nil)
	if err == nil || !strings.Contains(err.Error(), "token service unreachable") {
		t.Errorf("err = %v", err)
	}
	if got := ts.n.Load(); got != 1 {
		t.Errorf("token requests = %d, want 1: a token source has its own retries", got)
	}
}
