// Command compactcassettes copies recorded Okta API exchanges (VCR YAML cassettes) into testdata/cassettes,
// keeping what a replay needs and dropping the rest, so that the replay conformance test (replay_test.go)
// runs from a fresh clone without ../shared.
//
//	go run ./internal/cmd/compactcassettes                         # from the module root
//	go run ./internal/cmd/compactcassettes -src DIR -dst DIR
//
// The output keeps the VCR schema and the directory layout, so cassette names stay meaningful and the same
// loader reads both. Per interaction it keeps the request's method, uri, body and the few headers that say
// something about the call (Content-Type, Accept, X-Okta-Retry-*), and the response's status, body and the
// headers a client reads (Content-Type, Link, Location, Date, X-Okta-Request-Id, X-Rate-Limit-*, DPoP-Nonce,
// WWW-Authenticate, Content-Disposition). Security-policy headers, cookies, tokens, user agents and the
// bogus Content-Encoding are dropped. The output depends only on the input: running it twice changes nothing.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Headers kept, lower-cased.
var (
	keepRequest = map[string]bool{
		"accept":             true,
		"content-type":       true,
		"x-okta-retry-for":   true,
		"x-okta-retry-count": true,
	}
	keepResponse = map[string]bool{
		"content-type":           true,
		"content-disposition":    true,
		"date":                   true,
		"dpop-nonce":             true,
		"link":                   true,
		"location":               true,
		"www-authenticate":       true,
		"x-okta-request-id":      true,
		"x-rate-limit-limit":     true,
		"x-rate-limit-remaining": true,
		"x-rate-limit-reset":     true,
	}
)

func main() {
	src := flag.String("src", filepath.Join("..", "shared", "cassettes"), "directory of recorded cassettes")
	dst := flag.String("dst", filepath.Join("testdata", "cassettes"), "directory to write the compact copy to")
	flag.Parse()
	n, err := run(*src, *dst)
	if err != nil {
		fmt.Fprintln(os.Stderr, "compactcassettes:", err)
		os.Exit(1)
	}
	fmt.Printf("compactcassettes: wrote %d cassettes to %s\n", n, *dst)
}

func run(src, dst string) (int, error) {
	var names []string
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".yaml") {
			rel, err := filepath.Rel(src, path)
			if err != nil {
				return err
			}
			names = append(names, rel)
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	if len(names) == 0 {
		return 0, fmt.Errorf("no *.yaml cassettes under %s", src)
	}
	slices.Sort(names)
	// Start from an empty copy so a cassette removed at the source disappears here too.
	if err := removeCassettes(dst); err != nil {
		return 0, err
	}
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(src, name))
		if err != nil {
			return 0, err
		}
		out, err := compact(data)
		if err != nil {
			return 0, fmt.Errorf("%s: %w", name, err)
		}
		path := filepath.Join(dst, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return 0, err
		}
		if err := os.WriteFile(path, out, 0o644); err != nil {
			return 0, err
		}
	}
	if readme, err := os.ReadFile(filepath.Join(src, "README.md")); err == nil {
		note := "<!-- A compact copy made by `go run ./internal/cmd/compactcassettes`: only the headers a replay\n" +
			"needs are kept. Regenerate it rather than editing it. -->\n\n"
		if err := os.WriteFile(filepath.Join(dst, "README.md"), append([]byte(note), readme...), 0o644); err != nil {
			return 0, err
		}
	}
	return len(names), nil
}

func removeCassettes(dir string) error {
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".yaml") {
			return os.Remove(path)
		}
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}

// compact rewrites one cassette. It works on the YAML tree, so everything it does not drop stays exactly as
// recorded (bodies, header values, order).
func compact(data []byte) ([]byte, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, errors.New("not a VCR cassette: the document is not a mapping")
	}
	interactions := member(doc.Content[0], "interactions")
	if interactions == nil || interactions.Kind != yaml.SequenceNode {
		return nil, errors.New("not a VCR cassette: no interactions list")
	}
	for _, in := range interactions.Content {
		if in.Kind != yaml.MappingNode {
			return nil, errors.New("an interaction is not a mapping")
		}
		if req := member(in, "request"); req != nil {
			filterHeaders(req, keepRequest)
		}
		if resp := member(in, "response"); resp != nil {
			filterHeaders(resp, keepResponse)
			deleteMember(resp, "url") // the request's uri again
		}
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// member returns the value of key in the mapping node m, or nil.
func member(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

func deleteMember(m *yaml.Node, key string) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			m.Content = slices.Delete(m.Content, i, i+2)
			return
		}
	}
}

func filterHeaders(m *yaml.Node, keep map[string]bool) {
	h := member(m, "headers")
	if h == nil || h.Kind != yaml.MappingNode {
		return
	}
	kept := h.Content[:0]
	for i := 0; i+1 < len(h.Content); i += 2 {
		if keep[strings.ToLower(h.Content[i].Value)] {
			kept = append(kept, h.Content[i], h.Content[i+1])
		}
	}
	h.Content = kept
}
