//! Keccak-f[1600] and the SHA-3 / SHAKE sponges (FIPS 202).

use std::sync::OnceLock;

struct Tables {
    rc: [u64; 24],
    /// Rotation of lane x + 5y.
    rho: [u32; 25],
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        // Round constants from the degree-8 LFSR x^8 + x^6 + x^5 + x^4 + 1 (FIPS 202, 3.2.5).
        let mut r: u8 = 1;
        let mut bit = || {
            let out = r & 1;
            r = if r & 0x80 != 0 { (r << 1) ^ 0x71 } else { r << 1 };
            out
        };
        let mut rc = [0u64; 24];
        for c in rc.iter_mut() {
            for j in 0..7 {
                if bit() == 1 {
                    *c |= 1 << ((1 << j) - 1);
                }
            }
        }
        // Rotation offsets along the walk (x, y) -> (y, 2x + 3y) (3.2.2).
        let mut rho = [0u32; 25];
        let (mut x, mut y) = (1usize, 0usize);
        for t in 0..24u32 {
            rho[x + 5 * y] = ((t + 1) * (t + 2) / 2) % 64;
            (x, y) = (y, (2 * x + 3 * y) % 5);
        }
        Tables { rc, rho }
    })
}

fn keccak_f(a: &mut [u64; 25]) {
    let t = tables();
    for rc in t.rc {
        let c: [u64; 5] = std::array::from_fn(|x| a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20]);
        for x in 0..5 {
            let d = c[(x + 4) % 5] ^ c[(x + 1) % 5].rotate_left(1);
            for y in 0..5 {
                a[x + 5 * y] ^= d;
            }
        }
        let mut b = [0u64; 25];
        for x in 0..5 {
            for y in 0..5 {
                b[y + 5 * ((2 * x + 3 * y) % 5)] = a[x + 5 * y].rotate_left(t.rho[x + 5 * y]);
            }
        }
        for x in 0..5 {
            for y in 0..5 {
                a[x + 5 * y] = b[x + 5 * y] ^ (!b[(x + 1) % 5 + 5 * y] & b[(x + 2) % 5 + 5 * y]);
            }
        }
        a[0] ^= rc;
    }
}

/// A Keccak sponge with `rate` bytes and a domain-separation suffix
/// (0x06 for SHA-3, 0x1f for SHAKE).
#[derive(Clone)]
pub struct Sponge {
    state: [u64; 25],
    rate: usize,
    /// Bytes absorbed into the current block.
    pos: usize,
    pub suffix: u8,
}

impl Sponge {
    pub fn new(rate: usize, suffix: u8) -> Self {
        Sponge { state: [0; 25], rate, pos: 0, suffix }
    }

    pub fn rate(&self) -> usize {
        self.rate
    }

    fn xor_byte(&mut self, i: usize, b: u8) {
        self.state[i / 8] ^= (b as u64) << (8 * (i % 8));
    }

    pub fn update(&mut self, data: &[u8]) {
        for &b in data {
            self.xor_byte(self.pos, b);
            self.pos += 1;
            if self.pos == self.rate {
                keccak_f(&mut self.state);
                self.pos = 0;
            }
        }
    }

    /// Pads, then squeezes `n` bytes (the sponge itself is left unchanged).
    pub fn squeeze(&self, n: usize) -> Vec<u8> {
        let mut s = self.clone();
        s.xor_byte(s.pos, s.suffix);
        s.xor_byte(s.rate - 1, 0x80);
        keccak_f(&mut s.state);
        let mut out = Vec::with_capacity(n);
        loop {
            for i in 0..s.rate {
                if out.len() == n {
                    return out;
                }
                out.push((s.state[i / 8] >> (8 * (i % 8))) as u8);
            }
            keccak_f(&mut s.state);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_digests() {
        let s = Sponge::new(136, 0x06);
        let hex: String = s.squeeze(32).iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(hex, "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a");
        assert_eq!(tables().rc[1], 0x0000000000008082);
    }
}
