package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const raw = `interactions:
- request:
    body: '{"profile":{"login":"a@example.com"}}'
    headers:
      Accept:
      - application/json
      Authorization:
      - SSWS myAPIToken
      User-Agent:
      - okta-sdk-python/1.0.0
      X-Okta-Retry-Count:
      - '1'
    method: POST
    uri: https://test.okta.com//api/v1/users?activate=false
  response:
    body:
      string: '{"id":"00u1","profile":{"login":"a@example.com"}}'
    headers:
      Content-Encoding: gzip
      Content-Type: application/json;charset=UTF-8
      content-security-policy-report-only: 'default-src ''self'''
      Link:
      - <https://test.okta.com/api/v1/users?limit=1>; rel="self"
      - <https://test.okta.com/api/v1/users?after=x&limit=1>; rel="next"
      Server:
      - nginx
      - JSESSIONID=SANITIZED; Path=/
      x-okta-request-id: X0f5Q6AoDBK
      x-rate-limit-reset: '1598552424'
    status:
      code: 200
      message: OK
    url: https://test.okta.com//api/v1/users?activate=false
version: 1
`

func TestCompact(t *testing.T) {
	t.Parallel()
	out, err := compact([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	for _, kept := range []string{
		`body: '{"profile":{"login":"a@example.com"}}'`, "Accept:", "X-Okta-Retry-Count:", "method: POST",
		"uri: https://test.okta.com//api/v1/users?activate=false", `string: '{"id":"00u1","profile":{"login":"a@example.com"}}'`,
		"Content-Type: application/json;charset=UTF-8", `rel="next"`, "x-okta-request-id: X0f5Q6AoDBK", "x-rate-limit-reset: '1598552424'",
		"code: 200", "version: 1",
	} {
		if !strings.Contains(s, kept) {
			t.Errorf("%q was dropped:\n%s", kept, s)
		}
	}
	for _, dropped := range []string{"Authorization", "myAPIToken", "User-Agent", "Content-Encoding", "content-security-policy", "Server", "JSESSIONID", "url:"} {
		if strings.Contains(s, dropped) {
			t.Errorf("%q was kept:\n%s", dropped, s)
		}
	}
	again, err := compact(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, out) {
		t.Errorf("compacting twice changes the output:\n%s\n---\n%s", out, again)
	}
	for _, bad := range []string{"", "[]", "interactions: 3", "interactions: [1]", "{"} {
		if _, err := compact([]byte(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestRun(t *testing.T) {
	t.Parallel()
	src, dst := t.TempDir(), t.TempDir()
	for _, f := range []struct{ path, data string }{
		{"a_it/One.test_x.yaml", raw},
		{"b_it/Two.test_y.yaml", raw},
		{"README.md", "# Recorded\n"},
		{"notes.txt", "ignored"},
	} {
		path := filepath.Join(src, f.path)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(f.data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A cassette left over from an earlier copy goes away.
	if err := os.MkdirAll(filepath.Join(dst, "old_it"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dst, "old_it", "Gone.yaml"), []byte(raw), 0o644); err != nil {
		t.Fatal(err)
	}
	n, err := run(src, dst)
	if err != nil || n != 2 {
		t.Fatalf("run = %d, %v; want 2 cassettes", n, err)
	}
	for _, name := range []string{"a_it/One.test_x.yaml", "b_it/Two.test_y.yaml", "README.md"} {
		if _, err := os.Stat(filepath.Join(dst, name)); err != nil {
			t.Error(err)
		}
	}
	for _, name := range []string{"old_it/Gone.yaml", "notes.txt"} {
		if _, err := os.Stat(filepath.Join(dst, name)); err == nil {
			t.Errorf("%s is in the copy", name)
		}
	}
	if _, err := run(t.TempDir(), dst); err == nil {
		t.Error("a source without cassettes: no error")
	}
}
