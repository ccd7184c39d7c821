package main

import (
	"os"
	"path/filepath"
	"testing"
)

const table = `# comment
ApiToken APIToken
ListThingsOptions ThingsListOptions
ThingsService.DeleteOwner RemoveOwner
ApiToken.ClientId ClientID
Base.Id ID
Shape.PutBase Base
Gone Missing
`

var before = map[string]string{
	"go.mod": "module example.com/m\n\ngo 1.26\n",
	"m.go": `package m

// ApiToken is a token; see [ApiToken.ClientId] and [ThingsService.DeleteOwner].
type ApiToken struct {
	Base
	ClientId string
}

// Base holds the common part.
type Base struct{ Id string }

// ThingsService is a service.
type ThingsService struct{}

// ListThingsOptions are options.
type ListThingsOptions struct{}

// DeleteOwner removes an owner; ApiToken values are kept.
func (s *ThingsService) DeleteOwner(o *ListThingsOptions) *ApiToken {
	return &ApiToken{ClientId: "x", Base: Base{Id: "1"}}
}

// Shape is a union.
type Shape interface{ PutBase() *Base }

// Square is a Shape.
type Square struct{ b Base }

// PutBase returns the common part.
func (s *Square) PutBase() *Base { return &s.b }

// Other has its own DeleteOwner, which is not renamed.
type Other struct{}

// DeleteOwner is unrelated.
func (Other) DeleteOwner() {}

var _ Shape = (*Square)(nil)

// Wrapper embeds a token.
type Wrapper struct{ *ApiToken }

const label = "ApiToken stays in strings"
`,
	"m_test.go": `package m

import "testing"

func TestX(t *testing.T) {
	var s ThingsService
	tok := s.DeleteOwner(&ListThingsOptions{})
	_ = tok.Id + tok.ClientId + tok.Base.Id + Wrapper{}.ApiToken.ClientId
	Other{}.DeleteOwner()
}
`,
	"use/use.go": `package use

import "example.com/m"

// F uses m, not m.ApiToken.
func F(s *m.ThingsService) string {
	t := s.DeleteOwner(nil)
	var sh m.Shape = &m.Square{}
	return t.ClientId + sh.PutBase().Id
}
`,
}

var after = map[string]string{
	"m.go": `package m

// APIToken is a token; see [APIToken.ClientID] and [ThingsService.RemoveOwner].
type APIToken struct {
	Base
	ClientID string
}

// Base holds the common part.
type Base struct{ ID string }

// ThingsService is a service.
type ThingsService struct{}

// ThingsListOptions are options.
type ThingsListOptions struct{}

// RemoveOwner removes an owner; APIToken values are kept.
func (s *ThingsService) RemoveOwner(o *ThingsListOptions) *APIToken {
	return &APIToken{ClientID: "x", Base: Base{ID: "1"}}
}

// Shape is a union.
type Shape interface{ Base() *Base }

// Square is a Shape.
type Square struct{ b Base }

// Base returns the common part.
func (s *Square) Base() *Base { return &s.b }

// Other has its own DeleteOwner, which is not renamed.
type Other struct{}

// DeleteOwner is unrelated.
func (Other) DeleteOwner() {}

var _ Shape = (*Square)(nil)

// Wrapper embeds a token.
type Wrapper struct{ *APIToken }

const label = "ApiToken stays in strings"
`,
	"m_test.go": `package m

import "testing"

func TestX(t *testing.T) {
	var s ThingsService
	tok := s.RemoveOwner(&ThingsListOptions{})
	_ = tok.ID + tok.ClientID + tok.Base.ID + Wrapper{}.APIToken.ClientID
	Other{}.DeleteOwner()
}
`,
	"use/use.go": `package use

import "example.com/m"

// F uses m, not m.APIToken.
func F(s *m.ThingsService) string {
	t := s.RemoveOwner(nil)
	var sh m.Shape = &m.Square{}
	return t.ClientID + sh.Base().ID
}
`,
}

func write(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, src := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func run(t *testing.T, dir string) {
	t.Helper()
	tablePath := filepath.Join(t.TempDir(), "renames.txt")
	if err := os.WriteFile(tablePath, []byte(table), 0o644); err != nil {
		t.Fatal(err)
	}
	renames, err := ReadTable(tablePath)
	if err != nil {
		t.Fatal(err)
	}
	devnull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer devnull.Close()
	for range 5 {
		n, err := Apply(dir, "", renames, false, devnull)
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			return
		}
	}
	t.Fatal("no fixed point after 5 passes")
}

func check(t *testing.T, dir string, want map[string]string) {
	t.Helper()
	for name, w := range want {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != w {
			t.Errorf("%s:\n%s\nwant:\n%s", name, got, w)
		}
	}
}

func TestApply(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write(t, dir, before)
	run(t, dir)
	check(t, dir, after)
	// Idempotent: a second run changes nothing.
	run(t, dir)
	check(t, dir, after)
}

// TestApplyLateFiles renames code written against the old names after the declarations were already renamed.
func TestApplyLateFiles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write(t, dir, before)
	run(t, dir)
	late := map[string]string{
		"late.go": `package m

func late(s *ThingsService) string {
	tok := s.DeleteOwner(&ListThingsOptions{})
	v := ApiToken{ClientId: "y"}
	return tok.ClientId + tok.Id + v.ClientId
}
`,
		"use/late.go": `package use

import "example.com/m"

// G uses old names.
func G() m.ApiToken {
	var sq m.Square
	_ = sq.PutBase()
	_ = m.Wrapper{}.ApiToken
	_ = m.Wrapper{ApiToken: nil}
	return m.ApiToken{ClientId: "z"}
}
`,
	}
	write(t, dir, late)
	run(t, dir)
	check(t, dir, after)
	check(t, dir, map[string]string{
		"late.go": `package m

func late(s *ThingsService) string {
	tok := s.RemoveOwner(&ThingsListOptions{})
	v := APIToken{ClientID: "y"}
	return tok.ClientID + tok.ID + v.ClientID
}
`,
		"use/late.go": `package use

import "example.com/m"

// G uses old names.
func G() m.APIToken {
	var sq m.Square
	_ = sq.Base()
	_ = m.Wrapper{}.APIToken
	_ = m.Wrapper{APIToken: nil}
	return m.APIToken{ClientID: "z"}
}
`,
	})
}
