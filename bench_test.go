package okta

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
)

const (
	benchPages    = 20
	benchPageSize = 200
)

// benchServer serves benchPages pages of benchPageSize users shaped like the recorded user in
// testdata/core/user.json, with Okta's Link headers.
func benchServer(b *testing.B) *httptest.Server {
	b.Helper()
	var user map[string]any
	if err := json.Unmarshal(fixture(b, "core/user.json"), &user); err != nil {
		b.Fatal(err)
	}
	pages := make([][]byte, benchPages)
	for p := range pages {
		var buf bytes.Buffer
		buf.WriteByte('[')
		for i := range benchPageSize {
			n := p*benchPageSize + i
			user["id"] = fmt.Sprintf("00u%017d", n)
			profile := user["profile"].(map[string]any)
			profile["login"] = fmt.Sprintf("user%d@example.com", n)
			profile["costCenter"] = "CC-" + strconv.Itoa(n%7)
			if i > 0 {
				buf.WriteByte(',')
			}
			b, _ := json.Marshal(user)
			buf.Write(b)
		}
		buf.WriteByte(']')
		pages[p] = buf.Bytes()
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, _ := strconv.Atoi(r.URL.Query().Get("after"))
		if p+1 < benchPages {
			w.Header().Set("Link", fmt.Sprintf(`<http://%s/api/v1/users?after=%d&limit=%d>; rel="next"`, r.Host, p+1, benchPageSize))
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write(pages[p])
	}))
	b.Cleanup(srv.Close)
	return srv
}

// BenchmarkUsersListIter walks 20 pages of 200 users with the SDK's iterator.
func BenchmarkUsersListIter(b *testing.B) {
	srv := benchServer(b)
	c, err := NewClient(WithOrgURL(srv.URL), WithInsecureHTTP(), WithAPIToken("t"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		it := c.Users.ListIter(b.Context(), &UsersListOptions{Limit: benchPageSize})
		for it.Next() {
			n++
		}
		if it.Err() != nil || n != benchPages*benchPageSize {
			b.Fatalf("%d users, %v", n, it.Err())
		}
	}
}

// BenchmarkUsersListBaseline does the same with plain net/http and encoding/json into the same types.
func BenchmarkUsersListBaseline(b *testing.B) {
	benchmarkBaseline[User](b)
}

// BenchmarkUsersListBaselineNoExtra does the same into a copy of User without the JSON methods that keep
// unknown members: what losing data would save.
func BenchmarkUsersListBaselineNoExtra(b *testing.B) {
	type lossyProfile UserProfile
	type plainUser struct {
		ID, Status                                                          string
		Created, Activated, StatusChanged, LastLogin, LastUpdated, Password *string
		Profile                                                             *lossyProfile `json:"profile"`
		Links                                                               Links         `json:"_links"`
	}
	benchmarkBaseline[plainUser](b)
}

func benchmarkBaseline[T any](b *testing.B) {
	srv := benchServer(b)
	hc := &http.Client{}
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		next := srv.URL + "/api/v1/users?limit=" + strconv.Itoa(benchPageSize)
		for next != "" {
			req, _ := http.NewRequestWithContext(b.Context(), http.MethodGet, next, nil)
			req.Header.Set("Authorization", "SSWS t")
			resp, err := hc.Do(req)
			if err != nil {
				b.Fatal(err)
			}
			var page []T
			err = json.NewDecoder(resp.Body).Decode(&page)
			resp.Body.Close()
			if err != nil {
				b.Fatal(err)
			}
			n += len(page)
			next = ""
			if l := nextLink(resp.Header); l != nil {
				next = srv.URL + l.String()
			}
		}
		if n != benchPages*benchPageSize {
			b.Fatalf("%d users", n)
		}
	}
}
